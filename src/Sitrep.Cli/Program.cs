using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: turns news reports of armed conflict and political violence into sourced, geocoded event data.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(SplitCommand.Create());
root.Subcommands.Add(LayoutCommand.Create());
root.Subcommands.Add(GazetteerCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return root.Parse(args).Invoke();
