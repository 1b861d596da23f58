using ProfileGen.Cli;

// The process is ours: a rebuild may run without garbage collections (see CollectorBudget).
CollectorBudget.Enabled = true;
// What every build sets up first is set up on the other core while the command line is parsed.
ProfileGen.Build.Warmup.Start();
// A build's cache is read on the other core while the command line is parsed (see LastBuild.ReadEarly).
LastBuild.ReadEarly(args);
return CliApp.Run(args);
