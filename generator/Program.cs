using ProfileGen.Cli;

return CliApp.Run(args);
