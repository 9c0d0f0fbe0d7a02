using System.Text;
using System.Text.RegularExpressions;
using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// A whole opinion, Fixtures/qualified-immunity-opinion.txt (a fictional Tenth Circuit appeal written for these tests,
/// with a majority and a dissent), against the table a careful law clerk would mark: every citation in document
/// order with its parts, and what every short form, Id., supra, reference and bare section refers to.
/// </summary>
public class OpinionFixtureTests
{
    /// <summary>One expected citation. <paramref name="RefersTo"/>: "Name, volume reporter page", a statute, "Aplt. App." or "UNRESOLVED".</summary>
    public sealed record Row(string Kind, string Text, string? CaseName, string? Pin, int? Year, string? RefersTo, string Part);

    private const string Anderson = "Anderson v. Creighton, 483 U.S. 635";
    private const string Albright = "Albright v. Rodriguez, 51 F.3d 1531";
    private const string WilsonI = "Wilson v. Meeks, 52 F.3d 1547";
    private const string CrawfordEl = "Crawford-El v. Britton, 523 U.S. 574";
    private const string Graham = "Graham v. Connor, 490 U.S. 386";
    private const string Harlow = "Harlow v. Fitzgerald, 457 U.S. 800";
    private const string Record = "Aplt. App.";
    private const string Unresolved = "UNRESOLVED";

    /// <summary>The clerk's table, in document order.</summary>
    public static readonly Row[] Expected =
    [
        //    kind          text                       case name                    pin        year  refers to               part
        new("statute",    "42 U.S.C. § 1983",        null,                        null,      null, null,                   "majority"),
        new("statute",    "28 U.S.C. § 1291",        null,                        null,      null, null,                   "majority"),
        new("record",     "Aplt. App. at 151",       null,                        "151",     null, null,                   "majority"),
        new("id",         "Id. at 153",              null,                        "153",     null, Record,                 "majority"),
        new("rule",       "Fed. R. Civ. P. 56(c)",   null,                        null,      null, null,                   "majority"),
        new("case",       "457 U.S. 800",            "Harlow v. Fitzgerald",      "818",     1982, null,                   "majority"),
        new("case",       "483 U.S. 635",            "Anderson v. Creighton",     "639",     1987, null,                   "majority"),
        new("case",       "107 S. Ct. 3034",         "Anderson v. Creighton",     null,      1987, null,                   "majority"),
        new("case",       "97 L. Ed. 2d 523",        "Anderson v. Creighton",     null,      1987, null,                   "majority"),
        new("case",       "472 U.S. 511",            "Mitchell v. Forsyth",       "526",     1985, null,                   "majority"),
        new("case",       "51 F.3d 1531",            "Albright v. Rodriguez",     "1534",    1995, null,                   "majority"),
        new("case",       "52 F.3d 1547",            "Wilson v. Meeks",           "1552",    1995, null,                   "majority"),
        new("id",         "Id. at 1553",             null,                        "1553",    null, Unresolved,             "majority"), // after a string cite
        new("short_case", "51 F.3d at 1535",         "Albright",                  "1535",    null, Albright,               "majority"),
        new("reference",  "Albright",                "Albright",                  null,      null, Albright,               "majority"),
        new("case",       "194 F.3d 962",            "Katz v. United States",     "970",     1999, null,                   "majority"),
        new("case",       "121 S. Ct. 480",          "Saucier v. Katz",           null,      2000, null,                   "majority"), // cert. granted sub nom.
        new("case",       "533 U.S. 194",            "Saucier v. Katz",           "201",     2001, null,                   "majority"),
        new("case",       "526 U.S. 603",            "Wilson v. Layne",           "614",     1999, null,                   "majority"),
        new("reference",  "Anderson",                "Anderson",                  null,      null, Anderson,               "majority"), // inside Wilson's parenthetical
        new("case",       "523 U.S. 574",            "Crawford-El v. Britton",    "589",     1998, null,                   "majority"),
        new("short_case", "523 U.S. at 590",         null,                        "590",     null, CrawfordEl,             "majority"),
        new("reference",  "Harlow",                  "Harlow",                    null,      null, Harlow,                 "majority"),
        new("id",         "Id. at 592",              null,                        "592",     null, CrawfordEl,             "majority"), // a mention of Harlow is not a citation
        new("neutral",    "2001 WL 202045",          "Currier v. Doran",          "*3",      2001, null,                   "majority"),
        new("reference",  "Currier",                 "Currier",                   null,      null, "Currier v. Doran, 2001 WL 202045", "majority"),
        new("case",       "490 U.S. 386",            "Graham v. Connor",          "396",     1989, null,                   "majority"),
        new("id",         "Id.",                     null,                        null,      null, Graham,                 "majority"),
        new("id",         "Id. at 396-97",           null,                        "396-97",  null, Graham,                 "majority"),
        new("short_case", "52 F.3d at 1553",         "Wilson I",                  "1553",    null, WilsonI,                "majority"),
        new("statute",    "§ 1983",                  null,                        null,      null, "42 U.S.C. § 1983",     "majority"),
        new("supra",      "Harlow, supra, at 819",   "Harlow",                    "819",     null, Harlow,                 "majority"),
        new("id",         "Id. at 7",                null,                        "7",       null, Unresolved,             "dissent"),  // first cite of the dissent
        new("record",     "Aplt. App. at 160",       null,                        "160",     null, null,                   "dissent"),
        new("id",         "id. at 162",              null,                        "162",     null, Record,                 "dissent"),
        new("reference",  "Crawford-El",             "Crawford-El",               null,      null, CrawfordEl,             "dissent"),
        new("short_case", "523 U.S. at 594-95",      null,                        "594-95",  null, CrawfordEl,             "dissent"),
        new("statute",    "§ 1983",                  null,                        null,      null, "42 U.S.C. § 1983",     "dissent"),
        new("id",         "Id. at 594",              null,                        "594",     null, CrawfordEl,             "dissent"),  // a page pin: not the statute
        new("short_case", "483 U.S. at 641",         "Anderson",                  "641",     null, Anderson,               "dissent"),
    ];

    private static readonly Lazy<ResolvedDocument> Doc = new(() =>
        CitationResolver.Default.Resolve(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "qualified-immunity-opinion.txt"))));

    private static readonly Lazy<int[]> Match = new(() => Align(Expected, Doc.Value.Citations));

    public static TheoryData<string> AllRows() => Labels(_ => true);

    public static TheoryData<string> RowsWithReferent() => Labels(r => r.RefersTo is not null);

    private static TheoryData<string> Labels(Func<Row, bool> which)
    {
        var data = new TheoryData<string>();
        for (var i = 0; i < Expected.Length; i++)
            if (which(Expected[i]))
                data.Add(Label(i));
        return data;
    }

    // ------------------------------------------------------------------ the whole table

    [Fact]
    public void TheWholeTableOfCitationsAndResolutionsMatches()
    {
        // Row by row: the clerk's line, and the engine's line for the citation matched to it when they differ.
        var doc = Doc.Value;
        var match = Match.Value;
        var report = new StringBuilder();
        for (var i = 0; i < Expected.Length; i++)
        {
            var want = Render(Expected[i]);
            var got = match[i] < 0 ? "(not found)" : Render(Actual(doc, doc.Citations[match[i]], Expected[i].RefersTo));
            if (want != got)
                report.Append($"{i + 1:00} expected  {want}\n   got       {got}\n");
        }
        var matched = match.Where(m => m >= 0).ToHashSet();
        foreach (var c in doc.Citations.Where(c => !matched.Contains(c.Index)))
            report.Append($"-- extra     {Render(Actual(doc, c, null))}\n");
        Assert.True(report.Length == 0, "\n" + report);
    }

    [Fact]
    public void NoCitationIsMissingAndNoneIsInvented()
    {
        var doc = Doc.Value;
        var match = Match.Value;
        var matched = match.Where(m => m >= 0).ToHashSet();
        var report = new StringBuilder();
        for (var i = 0; i < Expected.Length; i++)
            if (match[i] < 0)
                report.AppendLine($"missing: {Label(i)}");
        foreach (var c in doc.Citations.Where(c => !matched.Contains(c.Index)))
            report.AppendLine($"extra:   {c.Kind.ToContractName()} «{Collapse(c.Text)}» in «{Collapse(doc.Text[Math.Max(0, c.Start - 30)..Math.Min(doc.Text.Length, c.End + 30)])}»");
        Assert.True(report.Length == 0, "\n" + report);
    }

    // ------------------------------------------------------------------ row by row

    [Theory]
    [MemberData(nameof(AllRows))]
    public void EachCitationIsFoundWithItsParts(string label)
    {
        var (row, c) = Find(label);
        var diffs = new List<string>();
        if (row.CaseName != NameOf(c))
            diffs.Add($"case name «{row.CaseName}» ≠ «{NameOf(c)}»");
        if (row.Pin != c.PinCite)
            diffs.Add($"pin «{row.Pin}» ≠ «{c.PinCite}»");
        if (row.Year != c.Year)
            diffs.Add($"year {row.Year} ≠ {c.Year}");
        if (row.Part != Doc.Value.PartOf(c).Kind)
            diffs.Add($"part {row.Part} ≠ {Doc.Value.PartOf(c).Kind}");
        Assert.True(diffs.Count == 0, string.Join("; ", diffs));
    }

    [Theory]
    [MemberData(nameof(RowsWithReferent))]
    public void EachShortFormResolvesToItsAuthority(string label)
    {
        var (row, c) = Find(label);
        var doc = Doc.Value;
        var authority = doc.AuthorityOf(c);
        if (row.RefersTo == Unresolved)
        {
            Assert.True(authority is null, $"expected unresolved, got → {authority?.Label}");
            Assert.False(string.IsNullOrEmpty(doc.UnresolvedReason(c)), "an unresolved citation says why");
        }
        else
        {
            Assert.True(RefersTo(row.RefersTo!, authority),
                $"expected → {row.RefersTo}, got → {authority?.Label ?? "unresolved: " + doc.UnresolvedReason(c)}");
        }
    }

    // ------------------------------------------------------------------ structure

    [Fact]
    public void EveryCitationTextIsTheInputAtItsSpan()
    {
        var doc = Doc.Value;
        foreach (var c in doc.Citations)
        {
            Assert.True(c.Start >= 0 && c.Start < c.End && c.End <= doc.Text.Length, $"#{c.Index} span {c.Start}..{c.End}");
            Assert.Equal(doc.Text[c.Start..c.End], c.Text);
            Assert.True(c.FullStart <= c.Start && c.FullEnd >= c.End, $"#{c.Index} «{c.Text}»: full span {c.FullStart}..{c.FullEnd} does not contain the core");
        }
        Assert.Equal(doc.Citations.OrderBy(c => c.Start).Select(c => c.Index), doc.Citations.Select(c => c.Index));
    }

    [Fact]
    public void AndersonsParallelCitationsAreOneAuthorityCountedOncePerPart()
    {
        var doc = Doc.Value;
        var us = Cite("483 U.S. 635");
        var sct = Cite("107 S. Ct. 3034");
        var led = Cite("97 L. Ed. 2d 523");
        Assert.Null(us.ParallelOf);
        Assert.Equal(us.Index, sct.ParallelOf);
        Assert.Equal(us.Index, led.ParallelOf);
        var anderson = Assert.Single(doc.Authorities, a => a.Label.Contains("483 U.S. 635", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Authorities, a => a != anderson && (a.Label.Contains("3034", StringComparison.Ordinal) || a.Label.Contains("L. Ed.", StringComparison.Ordinal)));
        Assert.Same(anderson, doc.AuthorityOf(sct));
        Assert.Same(anderson, doc.AuthorityOf(led));
        // majority: the full cite (its two parallels not counted again) and the reference "(applying the test of
        // Anderson …)"; dissent: "Anderson, 483 U.S. at 641"
        Assert.Equal(2, anderson.CountsByPart.GetValueOrDefault("majority"));
        Assert.Equal(1, anderson.CountsByPart.GetValueOrDefault("dissent"));
        Assert.Equal(5, anderson.Citations.Count);
    }

    [Fact]
    public void MitchellIsNestedInAndersonsQuotingParenthetical()
    {
        var anderson = Cite("483 U.S. 635");
        var mitchell = Cite("472 U.S. 511");
        Assert.Equal(anderson.Index, mitchell.NestedIn);
        Assert.Contains(anderson.Parentheticals, p => p.StartsWith("quoting Mitchell v. Forsyth", StringComparison.Ordinal));
        // Mitchell is its own authority, not Anderson's.
        Assert.NotSame(Doc.Value.AuthorityOf(anderson), Doc.Value.AuthorityOf(mitchell));
    }

    [Fact]
    public void HereinafterAliasNamesWilsonI()
    {
        var doc = Doc.Value;
        var wilson = Cite("52 F.3d 1547");
        Assert.Equal("Wilson I", wilson.Alias);
        Assert.Equal("Wilson I", doc.AuthorityOf(wilson)?.ShortName);
        Assert.Equal("Wilson I", Cite("52 F.3d at 1553").ShortName);
        Assert.Equal("Wilson v. Layne", Cite("526 U.S. 603").CaseName); // the other Wilson is not Wilson I
    }

    [Fact]
    public void CertGrantedSubNomLinksTheHistoryCitation()
    {
        var katz = Cite("194 F.3d 962");
        var saucier = Cite("121 S. Ct. 480");
        Assert.Equal("see", katz.Signal);
        Assert.Equal("ca9", katz.Court);
        var entry = Assert.Single(katz.History);
        Assert.Equal("cert. granted sub nom.", entry.Relation);
        Assert.Equal(saucier.Index, entry.Citation);
        Assert.Null(saucier.ParallelOf);
        // the history cite is a different decision: it has its own authority
        Assert.NotSame(Doc.Value.AuthorityOf(katz), Doc.Value.AuthorityOf(saucier));
        Assert.NotSame(Doc.Value.AuthorityOf(saucier), Doc.Value.AuthorityOf(Cite("533 U.S. 194")));
    }

    [Fact]
    public void TheDissentIsItsOwnPartAndItsFirstIdStaysThere()
    {
        var doc = Doc.Value;
        Assert.Equal(new[] { "majority", "dissent" }, doc.Parts.Select(p => p.Kind));
        Assert.Equal("Smith", doc.Parts[1].Author);
        Assert.StartsWith("SMITH, Circuit Judge, dissenting.", doc.Text[doc.Parts[1].Start..]);
        var id = Cite("Id. at 7");
        Assert.Null(doc.AntecedentOf(id));
        Assert.Null(doc.AuthorityOf(id));
    }

    [Fact]
    public void StatuteRuleRecordAndWestlawPartsAreRead()
    {
        var s1983 = Cite("42 U.S.C. § 1983");
        Assert.Equal(("42", "U.S.C.", "1983"), (s1983.Title, s1983.Code, s1983.Section));
        var s1291 = Cite("28 U.S.C. § 1291");
        Assert.Equal(("28", "U.S.C.", "1291"), (s1291.Title, s1291.Code, s1291.Section));
        var rule = Cite("Fed. R. Civ. P. 56(c)");
        Assert.Equal(("Fed. R. Civ. P.", "56(c)"), (rule.Code, rule.Section));
        var record = Cite("Aplt. App. at 151");
        Assert.Equal("Aplt. App.", record.Code);
        var currier = Cite("2001 WL 202045");
        Assert.Equal(("ca10", "Mar. 1, 2001"), (currier.Court, currier.DateText));
        Assert.Equal("ca10", Cite("51 F.3d 1531").Court);
        Assert.Equal("scotus", Cite("490 U.S. 386").Court);
        // the bare "§ 1983" (first one, in the majority) takes its code from 42 U.S.C. § 1983, not from the
        // 28 U.S.C. § 1291 cited after it
        var bare = Cite("§ 1983");
        Assert.Equal("1983", bare.Section);
        Assert.Equal(s1983.Index, Doc.Value.AntecedentOf(bare)?.Index);
    }

    // ------------------------------------------------------------------ helpers

    private static string Label(int i) => $"{i + 1:00} {Expected[i].Kind} «{Expected[i].Text}»";

    private static string Render(Row r)
        => $"{r.Kind,-10} | {r.Text,-22} | {r.CaseName,-22} | {r.Pin,-7} | {r.Year,4} | {(r.RefersTo is null ? "" : "→ " + r.RefersTo),-40} | {r.Part}";

    /// <summary>A found citation as a row; its referent shown as the expected label when it resolves there.</summary>
    private static Row Actual(ResolvedDocument doc, Citation c, string? expectedReferent)
    {
        string? refersTo = null;
        if (c.Kind is CitationKind.ShortCase or CitationKind.Id or CitationKind.Supra or CitationKind.Reference
            || (c.Kind is CitationKind.Statute && c.Code is null))
        {
            var a = doc.AuthorityOf(c);
            refersTo = expectedReferent is not null && RefersTo(expectedReferent, a) ? expectedReferent
                : a?.Label ?? Unresolved;
        }
        return new Row(c.Kind.ToContractName(), Collapse(c.Text), NameOf(c), c.PinCite, c.Year, refersTo, doc.PartOf(c).Kind);
    }

    private static string? NameOf(Citation c) => c.Kind is CitationKind.Reference or CitationKind.Supra or CitationKind.ShortCase
        ? c.ShortName ?? c.CaseName
        : c.CaseName;

    /// <summary>True when the authority is the one named: its label holds the volume-reporter-page (or statute, record source).</summary>
    private static bool RefersTo(string expected, Authority? authority)
    {
        if (authority is null)
            return false;
        var comma = expected.LastIndexOf(", ", StringComparison.Ordinal);
        var key = comma >= 0 && Regex.IsMatch(expected[(comma + 2)..], @"^\d+ .+ \d+$") ? expected[(comma + 2)..] : expected;
        return Regex.IsMatch(Collapse(authority.Label), @"(?<![\w.])" + Regex.Escape(key) + @"(?!\d)");
    }

    private static (Row Row, Citation Citation) Find(string label)
    {
        var i = Enumerable.Range(0, Expected.Length).First(k => Label(k) == label);
        var m = Match.Value[i];
        Assert.True(m >= 0, $"not found: {label}; nearby: {Nearby(i)}");
        return (Expected[i], Doc.Value.Citations[m]);
    }

    private static string Nearby(int row)
    {
        var match = Match.Value;
        var before = Enumerable.Range(0, row).Reverse().Select(k => match[k]).FirstOrDefault(m => m >= 0, -1);
        return string.Join(" | ", Doc.Value.Citations.Skip(before + 1).Take(3).Select(c => $"{c.Kind.ToContractName()} «{Collapse(c.Text)}»"));
    }

    private static Citation Cite(string text)
    {
        var i = Array.FindIndex(Expected, r => r.Text == text);
        Assert.True(i >= 0, $"no row «{text}»");
        var m = Match.Value[i];
        Assert.True(m >= 0, $"«{text}» not found");
        return Doc.Value.Citations[m];
    }

    /// <summary>In-order matching on kind and text (whitespace ignored): the longest common subsequence.</summary>
    private static int[] Align(IReadOnlyList<Row> rows, IReadOnlyList<Citation> found)
    {
        var a = rows.Select(r => r.Kind + "|" + Squash(r.Text)).ToArray();
        var b = found.Select(c => c.Kind.ToContractName() + "|" + Squash(c.Text)).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var match = Enumerable.Repeat(-1, a.Length).ToArray();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j] && lcs[i, j] == lcs[i + 1, j + 1] + 1)
                match[i++] = j++;
            else if (lcs[i + 1, j] >= lcs[i, j + 1])
                i++;
            else
                j++;
        }
        return match;
    }

    private static string Squash(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
