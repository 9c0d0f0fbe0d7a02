using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Precedent.Citations;
using Precedent.Citations.Catalog;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent eval CORPUS.jsonl</c>: measures quality on a corpus with partial ground truth and, with
/// <c>--baseline</c>, fails when a figure falls below the recorded baseline (a ratchet).
/// </summary>
internal static class EvalCommand
{
    public static Command Build()
    {
        var corpus = new Argument<string>("corpus") { Description = "A JSONL corpus (one opinion per line, fields text and cited_spans)." };
        var baseline = new Option<string?>("--baseline") { Description = "A JSON file of minimum figures; exit 1 when any figure falls below." };
        var write = new Option<string?>("--write") { Description = "Write the figures as JSON to this file." };
        var sample = new Option<int>("--sample-extras") { Description = "Print this many random citations found beyond the marked spans, for a hand audit.", DefaultValueFactory = _ => 0 };
        var sampleResolved = new Option<int>("--sample-resolutions") { Description = "Print this many random short-form resolutions, for a hand audit.", DefaultValueFactory = _ => 0 };
        var misses = new Option<int>("--show-misses") { Description = "Print up to this many marked spans that were not found.", DefaultValueFactory = _ => 0 };
        var sampleErrors = new Option<int>("--sample-errors") { Description = "Print this many random error-level cite-check findings, for a hand audit.", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Random seed for the samples.", DefaultValueFactory = _ => 1 };
        var command = new Command("eval", "Measure extraction and resolution quality on a corpus.") { corpus, baseline, write, sample, sampleResolved, sampleErrors, misses, seed };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(baseline), parse.GetValue(write),
            parse.GetValue(sample), parse.GetValue(sampleResolved), parse.GetValue(sampleErrors), parse.GetValue(misses), parse.GetValue(seed)));
        return command;
    }

    private static int Run(string corpusPath, string? baselinePath, string? writePath, int sampleExtras, int sampleResolutions, int sampleErrors, int showMisses, int seed)
    {
        var findingsByCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var errorSample = new List<string>();
        var errorsSeen = 0;
        var catalog = CitationCatalog.Default;
        var resolver = CitationResolver.Default;
        int docs = 0, marked = 0, markedShaped = 0, found = 0, unknownReporter = 0;
        var extrasByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var allByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        int shortForms = 0, shortResolved = 0;
        var shortByKind = new Dictionary<string, (int Total, int Resolved)>(StringComparer.Ordinal);
        var rng = new Random(seed);
        var extrasSample = new List<string>();
        var resolutionSample = new List<string>();
        var missList = new List<string>();
        var extrasSeen = 0;
        var resolutionsSeen = 0;
        var unresolvedReasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var structure = new StructureFigures();

        foreach (var record in CorpusReader.Read(corpusPath))
        {
            docs++;
            var text = record.Text;
            structure.Add(record);
            var doc = resolver.Resolve(text);
            var cites = doc.Citations;
            foreach (var c in cites)
                Bump(allByKind, c.Kind.ToContractName());
            // Recall of marked full case citations: same volume + normalized reporter + page, overlapping the span.
            var matchedCites = new HashSet<int>();
            foreach (var span in record.MarkedSpans)
            {
                marked++;
                if (!TryKey(catalog, span.Text, out var key, out var known))
                    continue;
                markedShaped++;
                if (!known)
                    unknownReporter++;
                var hit = -1;
                foreach (var c in Overlapping(cites, span.Start - 2, span.End + 2))
                {
                    if (c.Volume is null || c.ReporterNormalized is null)
                        continue;
                    if (KeyOf(c) == key)
                    {
                        hit = c.Index;
                        break;
                    }
                }
                if (hit >= 0)
                {
                    found++;
                    matchedCites.Add(hit);
                }
                else if (missList.Count < showMisses)
                {
                    missList.Add($"{record.Id}: «{span.Text}» in «{Context(text, span.Start, span.End)}»");
                }
            }
            foreach (var c in cites)
            {
                if (matchedCites.Contains(c.Index))
                    continue;
                var kind = c.Kind.ToContractName();
                Bump(extrasByKind, kind);
                extrasSeen++;
                // reservoir sample of the extras
                var line = $"{record.Id} [{kind}] «{Collapse(c.Text)}» in «{Context(text, c.FullStart, c.FullEnd)}»";
                Reservoir(extrasSample, sampleExtras, line, extrasSeen, rng);
            }
            // Cite-check. The records' dates are not passed as the document's date: the corpus keeps its sources'
            // metadata with their errors, and a wrong date would turn correct citations into alarms.
            var options = new Precedent.Citations.Checking.CheckOptions();
            foreach (var f in Precedent.Citations.Checking.CitationChecker.Check(doc, options).Findings)
            {
                var key = $"{f.Diagnostic.Code} {f.Diagnostic.Severity}";
                findingsByCode[key] = findingsByCode.GetValueOrDefault(key) + 1;
                if (f.Diagnostic.Severity == "error")
                {
                    errorsSeen++;
                    var c = cites[f.Citation];
                    Reservoir(errorSample, sampleErrors, $"{record.Id} {f.Diagnostic.Code}: {f.Diagnostic.Message}{(f.Diagnostic.Suggestion is { } sg ? $" (suggest {sg})" : "")} | «{Context(text, c.FullStart, c.FullEnd)}»", errorsSeen, rng);
                }
            }
            foreach (var c in cites)
            {
                if (c.Kind is not (CitationKind.ShortCase or CitationKind.Id or CitationKind.Supra or CitationKind.Reference))
                    continue;
                shortForms++;
                var kind = c.Kind.ToContractName();
                var (t, r) = shortByKind.GetValueOrDefault(kind);
                var ok = doc.AntecedentOf(c) is not null;
                shortByKind[kind] = (t + 1, r + (ok ? 1 : 0));
                if (ok)
                {
                    shortResolved++;
                    resolutionsSeen++;
                    var line = $"{record.Id} [{kind}] «{Collapse(c.Text)}» → {doc.AuthorityOf(c)?.Label} | «{Context(text, c.Start, c.End, 100)}»";
                    Reservoir(resolutionSample, sampleResolutions, line, resolutionsSeen, rng);
                }
                else
                {
                    Bump(unresolvedReasons, Generalize(doc.UnresolvedReason(c) ?? "unknown"));
                }
            }
        }

        var recall = markedShaped == 0 ? 0 : 100.0 * found / markedShaped;
        var resolvedShare = shortForms == 0 ? 0 : 100.0 * shortResolved / shortForms;
        Console.WriteLine($"documents: {docs}");
        Console.WriteLine($"marked full case citations: {marked} ({marked - markedShaped} not of the volume-reporter-page shape, left out)");
        Console.WriteLine($"recall of marked citations: {found}/{markedShaped} = {recall.ToString("F2", CultureInfo.InvariantCulture)}%");
        Console.WriteLine($"marked citations whose reporter is not in the catalog: {unknownReporter}");
        Console.WriteLine("citations found, by kind: " + Format(allByKind));
        Console.WriteLine("found beyond the marked spans, by kind: " + Format(extrasByKind));
        Console.WriteLine($"short forms resolved: {shortResolved}/{shortForms} = {resolvedShare.ToString("F2", CultureInfo.InvariantCulture)}%");
        foreach (var (kind, (t, r)) in shortByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {kind}: {r}/{t}");
        if (unresolvedReasons.Count > 0)
        {
            Console.WriteLine("unresolved, by reason:");
            foreach (var (reason, count) in unresolvedReasons.OrderByDescending(kv => kv.Value).Take(12))
                Console.WriteLine($"  {count,6}  {reason}");
        }
        Console.WriteLine("cite-check findings, by code: " + string.Join(", ", findingsByCode.Select(kv => $"{kv.Key} {kv.Value}")));
        structure.Print();
        if (missList.Count > 0)
        {
            Console.WriteLine("missed marked spans:");
            foreach (var m in missList)
                Console.WriteLine("  " + m);
        }
        if (extrasSample.Count > 0)
        {
            Console.WriteLine($"random sample of {extrasSample.Count} citations beyond the marked spans (seed {seed}):");
            for (var i = 0; i < extrasSample.Count; i++)
                Console.WriteLine($"  {i + 1,3}. {extrasSample[i]}");
        }
        if (errorSample.Count > 0)
        {
            Console.WriteLine($"random sample of {errorSample.Count} error-level findings (seed {seed}):");
            for (var i = 0; i < errorSample.Count; i++)
                Console.WriteLine($"  {i + 1,3}. {errorSample[i]}");
        }
        if (resolutionSample.Count > 0)
        {
            Console.WriteLine($"random sample of {resolutionSample.Count} resolutions (seed {seed}):");
            for (var i = 0; i < resolutionSample.Count; i++)
                Console.WriteLine($"  {i + 1,3}. {resolutionSample[i]}");
        }

        var figures = new JsonObject
        {
            ["documents"] = docs,
            ["recall"] = Math.Round(recall, 2),
            ["shortFormsResolved"] = Math.Round(resolvedShare, 2),
        };
        structure.AddTo(figures);
        if (writePath is not null)
            File.WriteAllText(writePath, figures.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        if (baselinePath is null)
            return 0;
        var baseline = JsonNode.Parse(File.ReadAllText(baselinePath))!.AsObject();
        var failed = false;
        foreach (var (name, value) in baseline)
        {
            if (value is null || name.StartsWith('_') || !figures.TryGetPropertyValue(name, out var got) || got is null)
                continue;
            var min = value.GetValue<double>();
            var actual = got.GetValue<double>();
            var ok = actual + 1e-9 >= min;
            Console.WriteLine($"baseline {name}: {actual.ToString(CultureInfo.InvariantCulture)} {(ok ? ">=" : "<")} {min.ToString(CultureInfo.InvariantCulture)} {(ok ? "ok" : "FAILED")}");
            failed |= !ok;
        }
        return failed ? 1 : 0;
    }

    private static string Generalize(string reason)
    {
        // "no earlier full citation of 51 F.3d" → "no earlier full citation of N REPORTER"
        var i = reason.IndexOf(" of ", StringComparison.Ordinal);
        if (reason.StartsWith("no earlier full citation of", StringComparison.Ordinal))
            return "no earlier full citation of that volume and reporter";
        if (reason.StartsWith("no earlier full citation named", StringComparison.Ordinal))
            return "no earlier full citation with that name";
        if (reason.StartsWith("pin ", StringComparison.Ordinal))
            return "pin before the first page of every candidate";
        return i > 0 && reason.StartsWith("Id. would", StringComparison.Ordinal) ? reason : reason;
    }

    private static void Reservoir(List<string> sample, int size, string item, int seen, Random rng)
    {
        if (size <= 0)
            return;
        if (sample.Count < size)
            sample.Add(item);
        else
        {
            var j = rng.Next(seen);
            if (j < size)
                sample[j] = item;
        }
    }

    private static IEnumerable<Citation> Overlapping(IReadOnlyList<Citation> cites, int start, int end)
    {
        // citations are in document order: binary search the first that may overlap
        int lo = 0, hi = cites.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cites[mid].End <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (var i = Math.Max(0, lo - 2); i < cites.Count && cites[i].Start < end; i++)
        {
            if (cites[i].End > start)
                yield return cites[i];
        }
    }

    internal static string KeyOf(Citation c) => $"{c.Volume}|{c.ReporterNormalized}|{c.Page}";

    /// <summary>"483 U. S. 635" → "483|U.S.|635". False when the text is not volume-reporter-page shaped.</summary>
    internal static bool TryKey(CitationCatalog catalog, string text, out string key, out bool known)
    {
        key = "";
        known = false;
        var t = text.Trim();
        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i]))
            i++;
        if (i == 0)
            return false;
        var j = t.Length;
        while (j > i && (char.IsAsciiDigit(t[j - 1]) || t[j - 1] == '_'))
            j--;
        if (j == t.Length)
            return false;
        var reporter = t[i..j].Trim();
        if (reporter.Length == 0)
            return false;
        var edition = catalog.FindEdition(reporter);
        known = edition is not null;
        key = $"{t[..i]}|{edition?.Abbreviation ?? reporter}|{t[j..]}";
        return true;
    }

    private static string Context(string text, int start, int end, int max = 160)
    {
        var s = Math.Max(0, start - 40);
        var e = Math.Min(text.Length, Math.Max(end, start) + 40);
        if (e - s > max + 80)
            e = s + max + 80;
        return Collapse(text[s..e]);
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Bump(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;

    private static string Format(Dictionary<string, int> d)
        => string.Join(", ", d.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}"));
}
