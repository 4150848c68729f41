import MetaDesignCLI

// Everything lives in MetaDesignCLI, so that a custom host can add plugins at compile time.
CommandLineTool.main()
