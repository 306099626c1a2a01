using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: turns news reports of armed conflict and political violence into sourced, geocoded event data.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(LayoutCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
return root.Parse(args).Invoke();
