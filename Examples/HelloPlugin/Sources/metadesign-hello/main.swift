import HelloPlugin
import MetaDesignCLI

// A custom host: the whole metadesign command line, with HelloChassis compiled in.
CommandLineTool.main(linking: [HelloChassis()])
