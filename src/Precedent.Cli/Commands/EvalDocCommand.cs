using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Precedent.Citations;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent eval-doc DOCUMENT EXPECTED.tsv</c>: compares the citations found in one document with a hand-made
/// table of the citations a careful reader marks in it, and checks every short form's resolution.
/// </summary>
/// <remarks>
/// The table is tab-separated, one row per expected citation in document order, with the columns
/// <c>kind text caseName pin year refersTo part notes</c> (a header row and lines starting with <c>#</c> are
/// skipped). Rows are matched to found citations in order, on kind and on the text with whitespace ignored
/// (a line break, a tab or a no-break space in the document equals a space in the table). A row's
/// <c>refersTo</c> is right when the resolved authority's label contains its volume-reporter-page (for
/// "Crawford-El v. Britton, 523 U.S. 574" that is "523 U.S. 574") or its whole text ("42 U.S.C. § 1983"),
/// or, for <c>UNRESOLVED</c>, when the citation stays unresolved.
/// </remarks>
internal static partial class EvalDocCommand
{
    private static readonly string[] KindOrder =
        ["case", "short_case", "id", "supra", "reference", "statute", "regulation", "rule", "constitution", "journal", "neutral", "record", "unknown"];

    public static Command Build()
    {
        var document = new Argument<string>("document") { Description = "The document to read (.txt)." };
        var expected = new Argument<string>("expected") { Description = "The expected citations: a TSV table (kind, text, caseName, pin, year, refersTo, part, notes)." };
        var minRecall = new Option<double?>("--min-recall") { Description = "Exit 1 when fewer than this percentage of the expected rows are found." };
        var minResolution = new Option<double?>("--min-resolution") { Description = "Exit 1 when fewer than this percentage of the rows with refersTo resolve as expected." };
        var command = new Command("eval-doc", "Compare the citations found in one document with a table of expected citations.")
        {
            document, expected, minRecall, minResolution,
        };
        command.SetAction(parse => Run(parse.GetValue(document)!, parse.GetValue(expected)!,
            parse.GetValue(minRecall), parse.GetValue(minResolution)));
        return command;
    }

    /// <summary>One row of the expected table.</summary>
    internal sealed record ExpectedRow(int Line, string Kind, string Text, string CaseName, string Pin, string Year, string RefersTo, string Part, string Notes)
    {
        public string Key => Kind + "|" + Squash(Text);
    }

    private static int Run(string documentPath, string expectedPath, double? minRecall, double? minResolution)
    {
        var text = InputText.Read(documentPath);
        var rows = ReadTable(expectedPath);
        var doc = CitationResolver.Default.Resolve(text);
        var found = doc.Citations;
        var match = Align(rows, found, text, out var located);   // match[row] = index of the found citation, or -1
        var matchedCitations = new HashSet<int>(match.Where(m => m >= 0));

        // 1. Found / expected per kind
        Console.WriteLine($"{Path.GetFileName(documentPath)}: {found.Count} citations found, {rows.Count} expected");
        Console.WriteLine();
        Console.WriteLine("kind           found/expected   extra");
        foreach (var kind in KindOrder)
        {
            var expectedCount = rows.Count(r => r.Kind == kind);
            var foundCount = Enumerable.Range(0, rows.Count).Count(i => rows[i].Kind == kind && match[i] >= 0);
            var extraCount = found.Count(c => c.Kind.ToContractName() == kind && !matchedCitations.Contains(c.Index));
            if (expectedCount == 0 && extraCount == 0)
                continue;
            Console.WriteLine($"{kind,-14} {foundCount,5}/{expectedCount,-10} {extraCount,5}");
        }
        var matchedRows = match.Count(m => m >= 0);
        var recall = Percent(matchedRows, rows.Count);
        Console.WriteLine($"recall: {matchedRows}/{rows.Count} = {Format(recall)}%");

        // 2. Missing rows, with what was found in their place (another kind, another span), if anything
        var missing = Enumerable.Range(0, rows.Count).Where(i => match[i] < 0).ToList();
        if (missing.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"missing ({missing.Count}):");
            foreach (var i in missing)
            {
                var r = rows[i];
                var where = located[i] >= 0 ? $"line {LineOf(text, located[i])}" : "text not located";
                var hint = located[i] < 0 ? null : found.FirstOrDefault(c => !matchedCitations.Contains(c.Index)
                    && c.Start < located[i] + r.Text.Length && c.End > located[i]);
                var note = hint is null ? "" : $"   found instead: {hint.Kind.ToContractName()} «{Collapse(hint.Text)}» #{hint.Index}";
                Console.WriteLine($"  tsv:{r.Line,-4} {where,-10} {r.Kind,-10} «{r.Text}»{note}");
            }
        }

        // 3. Extra citations: found, but in no row
        var extras = found.Where(c => !matchedCitations.Contains(c.Index)).ToList();
        if (extras.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"extra ({extras.Count}):");
            foreach (var c in extras)
                Console.WriteLine($"  #{c.Index,-4} {"line " + LineOf(text, c.Start),-10} {c.Kind.ToContractName(),-10} «{Collapse(c.Text)}»  in «{Context(text, c)}»");
        }

        // 4. Matched citations: case name, pin, year and opinion part
        var fieldDiffs = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (match[i] < 0)
                continue;
            var r = rows[i];
            var c = found[match[i]];
            var gotName = c.Kind is CitationKind.Reference or CitationKind.Supra ? c.ShortName ?? c.CaseName : c.CaseName;
            var diffs = new List<string>();
            if (r.CaseName.Length > 0 && !SameText(r.CaseName, gotName))
                diffs.Add($"caseName «{r.CaseName}» ≠ «{gotName}»");
            if (r.Pin.Length > 0 && !SameText(r.Pin, c.PinCite))
                diffs.Add($"pin «{r.Pin}» ≠ «{c.PinCite}»");
            if (r.Year.Length > 0 && r.Year != c.Year?.ToString(CultureInfo.InvariantCulture))
                diffs.Add($"year {r.Year} ≠ {c.Year?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
            if (r.Part.Length > 0 && r.Part != doc.PartOf(c).Kind)
                diffs.Add($"part {r.Part} ≠ {doc.PartOf(c).Kind}");
            if (diffs.Count > 0)
                fieldDiffs.Add($"  tsv:{r.Line,-4}  «{r.Text}»: {string.Join("; ", diffs)}");
        }
        if (fieldDiffs.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"found, but with different case name, pin, year or part ({fieldDiffs.Count}):");
            fieldDiffs.ForEach(Console.WriteLine);
        }

        // 5. Resolution
        var withTarget = Enumerable.Range(0, rows.Count).Where(i => rows[i].RefersTo.Length > 0).ToList();
        var wrong = new List<string>();
        var right = 0;
        foreach (var i in withTarget)
        {
            var r = rows[i];
            if (match[i] < 0)
            {
                wrong.Add($"  tsv:{r.Line,-4}  {r.Kind,-10} «{r.Text}»: not found (expected → {r.RefersTo})");
                continue;
            }
            var c = found[match[i]];
            var authority = doc.AuthorityOf(c);
            if (ResolvesAsExpected(r.RefersTo, authority))
            {
                right++;
                continue;
            }
            var got = authority?.Label ?? "unresolved: " + (doc.UnresolvedReason(c) ?? "no reason given");
            wrong.Add($"  tsv:{r.Line,-4}  {r.Kind,-10} «{r.Text}» #{c.Index}: expected → {r.RefersTo}, got → {got}");
        }
        var resolution = Percent(right, withTarget.Count);
        Console.WriteLine();
        Console.WriteLine($"resolution: {right}/{withTarget.Count} = {Format(resolution)}%");
        wrong.ForEach(Console.WriteLine);

        // 6. Thresholds
        var failed = false;
        if (minRecall is { } rMin && recall + 1e-9 < rMin)
        {
            Console.WriteLine($"recall {Format(recall)}% is below --min-recall {Format(rMin)}%");
            failed = true;
        }
        if (minResolution is { } sMin && resolution + 1e-9 < sMin)
        {
            Console.WriteLine($"resolution {Format(resolution)}% is below --min-resolution {Format(sMin)}%");
            failed = true;
        }
        return failed ? 1 : 0;
    }

    /// <summary>Reads the expected table; a malformed row is an input error.</summary>
    internal static List<ExpectedRow> ReadTable(string path)
    {
        if (!File.Exists(path))
            throw new InputException($"{path}: no such file");
        var rows = new List<ExpectedRow>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Trim().Length == 0 || line.StartsWith('#') || line.StartsWith("kind\t", StringComparison.Ordinal))
                continue;
            var cols = line.Split('\t');
            if (cols.Length < 2 || cols[1].Trim().Length == 0)
                throw new InputException($"{path}:{n + 1}: a row needs at least a kind and a text");
            if (!KindOrder.Contains(cols[0]))
                throw new InputException($"{path}:{n + 1}: unknown kind '{cols[0]}' (expected one of {string.Join(", ", KindOrder)})");
            string Col(int i) => i < cols.Length ? cols[i].Trim() : "";
            rows.Add(new ExpectedRow(n + 1, cols[0], cols[1], Col(2), Col(3), Col(4), Col(5), Col(6), Col(7)));
        }
        return rows;
    }

    /// <summary>
    /// Matches rows to citations, in document order. Each row is first located in the text (searching on from the
    /// row before, whitespace ignored) and matched to the citation of its kind that starts there; rows left over are
    /// matched on kind and text by the longest common subsequence, so one missing or extra citation never shifts the
    /// rest. <paramref name="located"/> receives each row's offset in the text, or -1.
    /// </summary>
    internal static int[] Align(IReadOnlyList<ExpectedRow> rows, IReadOnlyList<Citation> found, string text, out int[] located)
    {
        located = Locate(rows, text);
        var match = new int[rows.Count];
        Array.Fill(match, -1);
        var used = new bool[found.Count];
        var byStart = found.ToLookup(c => c.Start);
        for (var i = 0; i < rows.Count; i++)
        {
            if (located[i] < 0)
                continue;
            var hit = byStart[located[i]].FirstOrDefault(c => !used[c.Index] && KeyOf(c) == rows[i].Key);
            if (hit is null)
                continue;
            match[i] = hit.Index;
            used[hit.Index] = true;
        }

        // The rest: longest common subsequence on kind + text, between matched neighbours' order.
        var restRows = Enumerable.Range(0, rows.Count).Where(i => match[i] < 0).ToArray();
        var restFound = Enumerable.Range(0, found.Count).Where(j => !used[j]).ToArray();
        var a = restRows.Select(i => rows[i].Key).ToArray();
        var b = restFound.Select(j => KeyOf(found[j])).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];   // lcs[i, j]: best over a[i..] and b[j..]
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j] && lcs[i, j] == lcs[i + 1, j + 1] + 1)
                match[restRows[i++]] = restFound[j++];
            else if (lcs[i + 1, j] >= lcs[i, j + 1])
                i++;
            else
                j++;
        }
        return match;
    }

    /// <summary>
    /// Where each row's text stands in the document: the first occurrence after the previous row's, as a whole word
    /// (a reference name not inside "pre-Name", nor followed by " v." or a volume, as in a case name or short cite).
    /// </summary>
    internal static int[] Locate(IReadOnlyList<ExpectedRow> rows, string text)
    {
        var located = new int[rows.Count];
        var pos = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var words = r.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
            var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words) + @"(?![\p{L}\p{N}])";
            if (r.Kind == "reference")
                pattern = @"(?<!-)" + pattern + @"(?!-)(?!\s+v\.\s)(?!,?\s+(?:\d|supra\b))";
            try
            {
                var m = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Match(text, pos);
                located[i] = m.Success ? m.Index : -1;
                if (m.Success)
                    pos = m.Index + m.Length;
            }
            catch (RegexMatchTimeoutException)
            {
                located[i] = -1;
            }
        }
        return located;
    }

    private static string KeyOf(Citation c) => c.Kind.ToContractName() + "|" + Squash(c.Text);

    /// <summary>
    /// True when the authority is the one <paramref name="refersTo"/> names: its label contains the volume-reporter-page
    /// at the end of <paramref name="refersTo"/> (or its whole text), spaces ignored; "UNRESOLVED" wants no authority.
    /// </summary>
    internal static bool ResolvesAsExpected(string refersTo, Authority? authority)
    {
        if (refersTo.Equals("UNRESOLVED", StringComparison.OrdinalIgnoreCase))
            return authority is null;
        if (authority is null)
            return false;
        var comma = refersTo.LastIndexOf(", ", StringComparison.Ordinal);
        var tail = comma >= 0 ? refersTo[(comma + 2)..] : refersTo;
        var key = VolumeReporterPage().IsMatch(tail) ? tail : refersTo;
        var label = Squash(authority.Label);
        var k = Squash(key);
        for (var at = label.IndexOf(k, StringComparison.Ordinal); at >= 0; at = label.IndexOf(k, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(label[at - 1]);
            var after = at + k.Length == label.Length || !char.IsAsciiDigit(k[^1]) || !char.IsAsciiDigit(label[at + k.Length]);
            if (before && after)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\d+\s+\S.*\s+[\d_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VolumeReporterPage();

    /// <summary>The text without any whitespace (spaces, tabs, line breaks, no-break spaces).</summary>
    internal static string Squash(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));

    private static bool SameText(string expected, string? got) => got is not null && Squash(expected) == Squash(got);

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Context(string text, Citation c)
    {
        var s = Math.Max(0, Math.Min(c.Start, c.FullStart) - 30);
        var e = Math.Min(text.Length, c.End + 30);
        return Collapse(text[s..e]);
    }

    private static int LineOf(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;

    private static string Format(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
