import MetaCore
print("metadesign")
