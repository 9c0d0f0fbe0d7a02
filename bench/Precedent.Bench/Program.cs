using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Precedent.Citations;
using Precedent.Citations.Checking;

// Micro-benchmarks of the engine's stages on a paragraph of our own that carries the common citation forms.
// Run: dotnet run -c Release --project bench/Precedent.Bench -- --filter '*'
// Corpus throughput (MB/s, citations/s, memory) is measured by `precedent bench CORPUS.jsonl` instead.
BenchmarkSwitcher.FromAssembly(typeof(CitationBenchmarks).Assembly).Run(args);

/// <summary>Extraction, resolution and cite-check of one dense paragraph, repeated to about 100 KB.</summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    private const string Paragraph =
        "Qualified immunity shields officials unless their conduct violates clearly established law. Harlow v. "
        + "Fitzgerald, 457 U.S. 800, 818, 102 S. Ct. 2727, 73 L. Ed. 2d 396 (1982); see also Anderson v. Creighton, "
        + "483 U.S. 635, 640 (1987) (quoting Mitchell v. Forsyth, 472 U.S. 511, 526 (1985)). Id. at 641. The court "
        + "reviews de novo. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995). In Albright, we held that "
        + "the plaintiff bears the burden. Albright, 51 F.3d at 1535. Claims arise under 42 U.S.C. § 1983, and "
        + "§ 1983 supplies no rights of its own; summary judgment is governed by Fed. R. Civ. P. 56(a) and the "
        + "Fourth Amendment by U.S. Const. amend. IV. The record shows two shots. Aplt. App. at 151. Id. at 153. "
        + "See Casey v. City of Federal Heights, 509 F.3d 1278, 1285 (10th Cir. 2007); Currier v. Doran, 2001 WL "
        + "202045, at *3 (10th Cir. Feb. 28, 2001). Nothing in these pages is a citation: 1987 was a long year.\n";

    private string _text = "";
    private ResolvedDocument? _resolved;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 100_000)
            sb.Append(Paragraph);
        _text = sb.ToString();
        _resolved = CitationResolver.Default.Resolve(_text);
    }

    [Benchmark(Baseline = true)]
    public int Extract() => CitationExtractor.Default.Extract(_text).Count;

    [Benchmark]
    public int ExtractAndResolve() => CitationResolver.Default.Resolve(_text).Authorities.Count;

    [Benchmark]
    public int Check() => CitationChecker.Check(_resolved!).Findings.Count;
}
