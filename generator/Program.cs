using ProfileGen.Cli;

// The process is ours: a rebuild may run without garbage collections (see CollectorBudget).
CollectorBudget.Enabled = true;
return CliApp.Run(args);
