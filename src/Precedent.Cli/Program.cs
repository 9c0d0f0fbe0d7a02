using System.CommandLine;
using Precedent.Cli;
using Precedent.Cli.Commands;

var root = new RootCommand("Precedent: finds, resolves and checks every citation in American legal writing.");
root.Subcommands.Add(CiteCommand.Build());
root.Subcommands.Add(EvalCommand.Build());
root.Subcommands.Add(EvalDocCommand.Build());
root.Subcommands.Add(BenchCommand.Build());
root.Subcommands.Add(CheckCommand.Build());
root.Subcommands.Add(ToaCommand.Build());
root.Subcommands.Add(ReadCommand.Build());
root.Subcommands.Add(EvalReadCommand.Build());
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (InputException e)
{
    Console.Error.WriteLine($"precedent: {e.Message}");
    return 2;
}
