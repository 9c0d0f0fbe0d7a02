using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Precedent.Citations;
using Spectre.Console;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent bench CORPUS.jsonl</c>: throughput and memory of extraction (and extraction + resolution) on one
/// core and on all cores. The corpus is streamed in batches, so peak memory is bounded by the batch size, not by
/// the corpus size.
/// </summary>
internal static class BenchCommand
{
    public static Command Build()
    {
        var corpus = new Argument<string>("corpus") { Description = "A JSONL corpus (field text), or a .txt file." };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the corpus per measurement.", DefaultValueFactory = _ => 3 };
        var batchMb = new Option<int>("--batch-mb") { Description = "Texts held in memory at once, in MB.", DefaultValueFactory = _ => 32 };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel run (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bench", "Measure extraction and resolution speed and memory.") { corpus, repeat, batchMb, threads };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, Math.Max(1, parse.GetValue(repeat)), Math.Max(1, parse.GetValue(batchMb)), Math.Max(1, parse.GetValue(threads))));
        return command;
    }

    private sealed class Measure(string name)
    {
        public string Name { get; } = name;
        public double Seconds;
        public long Bytes;
        public long Citations;
        public long Allocated;
    }

    private static int Run(string path, int repeat, int batchMb, int threads)
    {
        var extractor = CitationExtractor.Default;
        var resolver = CitationResolver.Default;
        var single = new Measure("extract, 1 thread");
        var singleResolve = new Measure("extract + resolve, 1 thread");
        var singleCheck = new Measure("extract + resolve + check, 1 thread");
        var parallel = new Measure($"extract, {threads} threads");
        var parallelResolve = new Measure($"extract + resolve, {threads} threads");
        long docs = 0;
        var warmed = false;
        foreach (var batch in Batches(path, batchMb * 1024L * 1024L))
        {
            var bytes = batch.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
            docs += batch.Count;
            if (!warmed)
            {
                // Steady state, not start-up: every stage runs over the first batch once, untimed, so that the JIT
                // has compiled (and re-compiled with profile data) the hot paths before anything is measured.
                foreach (var t in batch)
                    Precedent.Citations.Checking.CitationChecker.Check(resolver.Resolve(t));
                warmed = true;
            }
            for (var r = 0; r < repeat; r++)
            {
                RunSingle(single, batch, bytes, t => extractor.Extract(t).Count);
                RunSingle(singleResolve, batch, bytes, t => resolver.Resolve(t).Citations.Count);
                RunSingle(singleCheck, batch, bytes, t =>
                {
                    var doc = resolver.Resolve(t);
                    Precedent.Citations.Checking.CitationChecker.Check(doc);
                    return doc.Citations.Count;
                });
                RunParallel(parallel, batch, bytes, threads, t => extractor.Extract(t).Count);
                RunParallel(parallelResolve, batch, bytes, threads, t => resolver.Resolve(t).Citations.Count);
            }
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("measure", "MB/s", "citations/s", "bytes allocated / citation");
        foreach (var m in new[] { single, singleResolve, singleCheck, parallel, parallelResolve })
        {
            var mbps = m.Bytes / 1e6 / m.Seconds;
            table.AddRow(m.Name, mbps.ToString("F1", CultureInfo.InvariantCulture),
                (m.Citations / m.Seconds).ToString("N0", CultureInfo.InvariantCulture),
                m.Allocated > 0 ? (m.Allocated / (double)Math.Max(1, m.Citations)).ToString("N0", CultureInfo.InvariantCulture) : "n/a");
        }
        AnsiConsole.Write(table);
        var speedup = (parallel.Bytes / parallel.Seconds) / (single.Bytes / single.Seconds);
        Console.WriteLine($"documents: {docs}, passes: {repeat}, text: {single.Bytes / repeat / 1e6:F1} MB, cores: {Environment.ProcessorCount}");
        Console.WriteLine($"parallel speed-up (extract): {speedup:F2}x");
        Console.WriteLine($"peak working set: {peak / (1024 * 1024)} MiB");
        return 0;
    }

    private static void RunSingle(Measure m, List<string> batch, long bytes, Func<string, int> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        long cites = 0;
        foreach (var t in batch)
            cites += work(t);
        sw.Stop();
        m.Allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        m.Seconds += sw.Elapsed.TotalSeconds;
        m.Bytes += bytes;
        m.Citations += cites;
    }

    private static void RunParallel(Measure m, List<string> batch, long bytes, int threads, Func<string, int> work)
    {
        long cites = 0;
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => 0L,
            (t, _, local) => local + work(t), local => Interlocked.Add(ref cites, local));
        sw.Stop();
        m.Seconds += sw.Elapsed.TotalSeconds;
        m.Bytes += bytes;
        m.Citations += cites;
    }

    private static IEnumerable<List<string>> Batches(string path, long batchChars)
    {
        if (!path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            yield return [InputText.Read(path)];
            yield break;
        }
        var batch = new List<string>();
        long size = 0;
        foreach (var record in CorpusReader.Read(path))
        {
            batch.Add(record.Text);
            size += record.Text.Length;
            if (size >= batchChars)
            {
                yield return batch;
                batch = [];
                size = 0;
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }
}
