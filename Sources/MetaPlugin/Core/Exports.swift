// A plugin imports MetaPlugin and gets the model types with it.
@_exported import MetaCore
