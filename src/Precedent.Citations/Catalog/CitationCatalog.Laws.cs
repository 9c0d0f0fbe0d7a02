using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Precedent.Citations.Catalog;

// The law part of the catalog: statute and regulation codes, court rule sets, constitutions and record
// abbreviations, read from laws.json (see Catalog/Data/README.md, section "laws.json").

public sealed partial class CitationCatalog
{
    /// <summary>Codes, rule sets, constitutions and record abbreviations (from laws.json).</summary>
    internal LawCatalog Laws => LawCatalog.Default;
}

/// <summary>What follows a record abbreviation.</summary>
internal enum RecordLocator
{
    /// <summary>A page, page range or page:line ("138-142", "23a", "112:4-9"), optionally after "at".</summary>
    Page,
    /// <summary>A docket entry number, then an optional pin ("34 at 5", "34, ¶ 3").</summary>
    Docket,
    /// <summary>A paragraph ("¶ 12", "¶¶ 3-5") or "at" + page.</summary>
    Paragraph,
    /// <summary>An exhibit's letter or number ("G", "B-4", "12", "3A"), then an optional page ("at 5").</summary>
    Exhibit,
}

/// <summary>
/// One code, rule set, constitution or record abbreviation. Every spelling of it is looked up white-space- and
/// case-insensitively; <see cref="Code"/> is the canonical form reported on citations.
/// </summary>
internal sealed class LawSource
{
    /// <summary>Canonical form: "U.S.C.", "Cal. Civ. Proc. Code", "Fed. R. Civ. P.", "U.S. Const.", "Aplt. App.".</summary>
    public required string Code { get; init; }
    /// <summary>Full name, for documentation and tools.</summary>
    public string? Name { get; init; }
    /// <summary>"us" or a state's lower-case postal code; null for record abbreviations.</summary>
    public string? Jurisdiction { get; init; }
    /// <summary>Statute or Regulation for codes; Rule, Constitution or Record for the other tables.</summary>
    public required CitationKind Kind { get; init; }
    /// <summary>A title (or volume) number precedes the code: "42 U.S.C.", "735 ILCS", "110 Stat.".</summary>
    public bool Titled { get; init; }
    /// <summary>Words that introduce a title or chapter after the code name ("tit.", "ch.", "c.").</summary>
    public IReadOnlyList<string> Divisions { get; init; } = [];
    /// <summary>The untitled form needs a division ("Mass. Gen. Laws ch. 93A").</summary>
    public bool DivisionRequired { get; init; }
    /// <summary>A section sign or other designator must introduce the section ("Fla. Stat. § 768.28").</summary>
    public bool SectionSignRequired { get; init; }
    /// <summary>Designators that may introduce the section, longest first (defaults plus the entry's own).</summary>
    public IReadOnlyList<string> Designators { get; init; } = [];
    /// <summary>The number after the code is a page ("110 Stat. 1321", "65 Fed. Reg. 12,345").</summary>
    public bool Paged { get; init; }
    /// <summary>The number is a law number ("Pub. L. No. 104-134").</summary>
    public bool LawNumber { get; init; }
    /// <summary>Rule sets: an ordinal circuit number precedes ("10th Cir. R.").</summary>
    public bool OrdinalPrefix { get; init; }
    /// <summary>Records: what follows the abbreviation.</summary>
    public RecordLocator Locator { get; init; }
    /// <summary>Records: needs "at" or a lettered page ("R. at 45", "App. 23a").</summary>
    public bool Strict { get; init; }
    /// <summary>Records: a volume may precede ("2 Aplt. App. 345") or follow ("R. Vol. I at 45").</summary>
    public bool Volumes { get; init; }
    /// <summary>
    /// Records: a party's paper, whose abbreviation may follow the party's name when "at" and a page come after
    /// ("United States Resp. at 137", "Appellees Br. at 12").
    /// </summary>
    public bool Party { get; init; }
    /// <summary>Records: only after a comma, semicolon or opening bracket ("IAF, Tab 7", "(Tab 3)").</summary>
    public bool Punctuated { get; init; }
    /// <summary>
    /// A code named without its state ("Penal Code", "Fam. Code"): each state that has a code of that name, with
    /// the canonical form of that state's code ("tx" → "Tex. Penal Code Ann."). Empty for every other source.
    /// Resolution picks the state from the document.
    /// </summary>
    public IReadOnlyDictionary<string, string> StateCodes { get; init; } = FrozenDictionary<string, string>.Empty;
}

/// <summary>
/// One table of <see cref="LawSource"/>s keyed by spelling (white space removed, case ignored), with the literal
/// anchors (first word of each spelling, as written and in capitals) that start them.
/// </summary>
internal sealed class LawTable
{
    private readonly FrozenDictionary<string, LawSource> _byKey;
    private readonly FrozenDictionary<string, LawSource>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, LawSource> _byCode;

    /// <summary>Every source of the table.</summary>
    public IReadOnlyList<LawSource> Sources { get; }

    /// <summary>The largest number of white-space-separated words in a spelling.</summary>
    public int MaxTokens { get; }

    /// <summary>The longest key.</summary>
    public int MaxKeyLength { get; }

    public LawTable(IReadOnlyList<(LawSource Source, IReadOnlyList<string> Spellings)> entries)
    {
        var byKey = new Dictionary<string, LawSource>(StringComparer.OrdinalIgnoreCase);
        var sources = new List<LawSource>();
        var maxTokens = 1;
        var maxKey = 1;
        foreach (var (source, spellings) in entries)
        {
            sources.Add(source);
            foreach (var s in spellings)
            {
                var key = CitationCatalog.KeyOf(s);
                if (key.Length == 0)
                    continue;
                // The first entry to claim a spelling keeps it.
                byKey.TryAdd(key, source);
                maxKey = Math.Max(maxKey, key.Length);
                maxTokens = Math.Max(maxTokens, s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }
        Sources = sources;
        MaxTokens = maxTokens;
        MaxKeyLength = maxKey;
        _byKey = byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var byCode = new Dictionary<string, LawSource>(StringComparer.Ordinal);
        foreach (var source in sources)
            byCode.TryAdd(source.Code, source);
        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = [.. entries];
    }

    /// <summary>Each source with its spellings, as listed in the data (plus generated variants).</summary>
    public IReadOnlyList<(LawSource Source, IReadOnlyList<string> Spellings)> Entries { get; }

    /// <summary>Finds the source whose key is <paramref name="key"/> (white space already removed).</summary>
    public LawSource? Find(ReadOnlySpan<char> key) => _lookup.TryGetValue(key, out var s) ? s : null;

    /// <summary>Finds a source by its canonical form, exactly as reported in <c>Citation.Code</c>.</summary>
    public LawSource? FindCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Finds a source by spelling (white space and case ignored).</summary>
    public LawSource? FindSpelling(string spelling) => Find(CitationCatalog.KeyOf(spelling));

    /// <summary>First words of the spellings of the sources that pass <paramref name="filter"/>, also in capitals.</summary>
    public string[] AnchorsFor(Func<LawSource, bool> filter)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, spellings) in Entries)
        {
            if (!filter(source))
                continue;
            foreach (var s in spellings)
            {
                var first = AnchorOf(s);
                if (first.Length == 0)
                    continue;
                // the same words joined as real text joins them: without spaces ("Colo.Rev.Stat."), by a line
                // break or a non-breaking space; with a curly apostrophe ("GOV’T"); in capitals
                foreach (var separator in (string[])[" ", "", "\n", "\n\n", " \n", "\u00A0", "\u00A0 ", "  "])
                {
                    var joined = first.Replace(" ", separator, StringComparison.Ordinal);
                    foreach (var form in (string[])[joined, joined.Replace('\'', '\u2019')])
                    {
                        set.Add(form);
                        set.Add(form.ToUpperInvariant());
                    }
                }
            }
        }
        return [.. set.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The literal that triggers a parser for a spelling: its first word when that word is distinctive ("RCW",
    /// "C.P.L.R."), else the first two or three words ("Cal. Civ.", "Tex. R.", "United States Constitution"), so
    /// that common words ("Court", "United", "Tex.") do not stop the scanner thousands of times per opinion.
    /// </summary>
    private static string AnchorOf(string spelling)
    {
        var words = spelling.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return "";
        var anchor = words[0];
        var k = 1;
        while (k < words.Length && !IsDistinctive(anchor, k))
            anchor += " " + words[k++];
        return anchor;
    }

    private static bool IsDistinctive(string anchor, int words)
    {
        if (words >= 3 || anchor.AsSpan().IndexOfAny("0123456789\u00A7") >= 0)
            return true;
        if (words == 2)
            return anchor.Contains('.') || anchor.Length >= 12;
        var letters = anchor.Count(char.IsLetter);
        if (!anchor.Contains('.'))
            return letters >= 3 && anchor.All(c => !char.IsLetter(c) || char.IsUpper(c)); // "RCW", "ILCS", "CPLR"
        return anchor.Length >= 6 && anchor.Count(c => c == '.') >= 2; // "C.P.L.R.", "O.C.G.A."
    }
}

/// <summary>The immutable law tables, loaded once from the embedded laws.json.</summary>
internal sealed class LawCatalog
{
    private static readonly Lazy<LawCatalog> LazyDefault = new(Load);

    /// <summary>The law tables from the embedded laws.json.</summary>
    public static LawCatalog Default => LazyDefault.Value;

    /// <summary>Designators every code accepts before a section.</summary>
    public static readonly IReadOnlyList<string> DefaultDesignators =
        ["§§", "§", "sections", "section", "secs.", "sec.", "Sect.", "Sects."];

    /// <summary>Designators every rule set accepts before a rule.</summary>
    public static readonly IReadOnlyList<string> DefaultRuleDesignators = ["Rules", "Rule", "R.", "r."];

    /// <summary>Statute and regulation codes.</summary>
    public LawTable Codes { get; }

    /// <summary>Court rule sets.</summary>
    public LawTable RuleSets { get; }

    /// <summary>Constitutions.</summary>
    public LawTable Constitutions { get; }

    /// <summary>Record abbreviations.</summary>
    public LawTable Records { get; }

    /// <summary>Literal anchors of the untitled statute codes (and titled ones that take a division).</summary>
    public string[] StatuteAnchors { get; }

    /// <summary>Literal anchors of the untitled regulation codes (and titled ones that take a division).</summary>
    public string[] RegulationAnchors { get; }

    /// <summary>Literal anchors of the rule sets (for circuit rules, the word after the ordinal: "Cir.").</summary>
    public string[] RuleAnchors { get; }

    /// <summary>Literal anchors of the constitutions.</summary>
    public string[] ConstitutionAnchors { get; }

    /// <summary>Literal anchors of the record abbreviations.</summary>
    public string[] RecordAnchors { get; }

    /// <summary>True when some record abbreviation accepts a leading volume number.</summary>
    public bool AnyRecordVolumes { get; }

    private LawCatalog(LawTable codes, LawTable ruleSets, LawTable constitutions, LawTable records)
    {
        Codes = codes;
        RuleSets = ruleSets;
        Constitutions = constitutions;
        Records = records;
        StatuteAnchors = codes.AnchorsFor(s => s.Kind == CitationKind.Statute && (!s.Titled || s.Divisions.Count > 0));
        RegulationAnchors = codes.AnchorsFor(s => s.Kind == CitationKind.Regulation && (!s.Titled || s.Divisions.Count > 0));
        RuleAnchors = ruleSets.AnchorsFor(_ => true);
        ConstitutionAnchors = constitutions.AnchorsFor(_ => true);
        RecordAnchors = records.AnchorsFor(_ => true);
        AnyRecordVolumes = records.Sources.Any(s => s.Volumes);
    }

    private static LawCatalog Load()
    {
        var file = ReadLawsResource();
        var codes = new List<(LawSource, IReadOnlyList<string>)>();
        var stateSpellings = StateQualifiedSpellings(file);
        foreach (var c in file.Codes)
        {
            var kind = c.Kind.Equals("regulation", StringComparison.OrdinalIgnoreCase) ? CitationKind.Regulation : CitationKind.Statute;
            var spellings = Spellings(c.Code, c.Spellings);
            if (stateSpellings.TryGetValue(c.Code, out var qualified))
            {
                foreach (var q in qualified)
                {
                    if (!spellings.Contains(q, StringComparer.Ordinal))
                        spellings.Add(q);
                }
            }
            if (kind == CitationKind.Statute)
            {
                // "Tex. Penal Code Ann.", "Va. Code Ann.": every statute spelling also takes a trailing "Ann.".
                foreach (var s in spellings.ToArray())
                {
                    if (!s.EndsWith("Ann.", StringComparison.Ordinal) && !s.EndsWith(',') && !c.LawNumber && !c.Paged)
                        spellings.Add(s + " Ann.");
                }
            }
            var source = new LawSource
            {
                Code = c.Code,
                Name = c.Name,
                Jurisdiction = c.Jurisdiction,
                Kind = kind,
                Titled = c.Titled,
                Divisions = c.Divisions ?? [],
                DivisionRequired = c.DivisionRequired || c.Titled,
                SectionSignRequired = !string.Equals(c.SectionSign, "optional", StringComparison.OrdinalIgnoreCase),
                Designators = Designators(DefaultDesignators, c.Designators),
                Paged = c.Paged,
                LawNumber = c.LawNumber,
                StateCodes = c.States is { Count: > 0 } states
                    ? states.ToFrozenDictionary(StringComparer.Ordinal)
                    : FrozenDictionary<string, string>.Empty,
            };
            codes.Add((source, spellings));
        }
        var rules = new List<(LawSource, IReadOnlyList<string>)>();
        foreach (var r in file.RuleSets)
        {
            rules.Add((new LawSource
            {
                Code = r.Code,
                Name = r.Name,
                Jurisdiction = r.Jurisdiction,
                Kind = CitationKind.Rule,
                OrdinalPrefix = r.OrdinalPrefix,
                Designators = Designators(DefaultRuleDesignators, r.Designators),
            }, Spellings(r.Code, r.Spellings)));
        }
        var constitutions = new List<(LawSource, IReadOnlyList<string>)>();
        foreach (var k in file.Constitutions)
        {
            constitutions.Add((new LawSource
            {
                Code = k.Code,
                Name = k.Name,
                Jurisdiction = k.Jurisdiction,
                Kind = CitationKind.Constitution,
            }, Spellings(k.Code, k.Spellings)));
        }
        var records = new List<(LawSource, IReadOnlyList<string>)>();
        foreach (var r in file.Records)
        {
            var locator = r.Locator?.ToLowerInvariant() switch
            {
                "docket" => RecordLocator.Docket,
                "paragraph" => RecordLocator.Paragraph,
                "exhibit" => RecordLocator.Exhibit,
                _ => RecordLocator.Page,
            };
            records.Add((new LawSource
            {
                Code = r.Code,
                Name = r.Name,
                Kind = CitationKind.Record,
                Locator = locator,
                Strict = r.Strict,
                Volumes = r.Volumes,
                Party = r.Party,
                Punctuated = r.Punctuated,
                Designators = Designators([], r.Designators),
            }, Spellings(r.Code, r.Spellings)));
        }
        return new LawCatalog(new LawTable(codes), new LawTable(rules), new LawTable(constitutions), new LawTable(records));

        static List<string> Spellings(string code, List<string>? spellings)
        {
            var list = new List<string> { code };
            if (spellings is not null)
            {
                foreach (var s in spellings)
                {
                    if (!string.IsNullOrWhiteSpace(s) && !list.Contains(s, StringComparer.Ordinal))
                        list.Add(s.Trim());
                }
            }
            return list;
        }

        static string[] Designators(IReadOnlyList<string> defaults, List<string>? extra)
        {
            var all = new List<string>(defaults);
            if (extra is not null)
                all.AddRange(extra.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()));
            return [.. all.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(d => d.Length)];
        }
    }

    /// <summary>
    /// For a code named without its state ("Pen. Code", with "states": {"tx": "Tex. Penal Code Ann."}), the same
    /// spellings after each of the state's prefixes ("Tex. Pen. Code", "Texas Penal Code"), as spellings of the
    /// state's own code: keyed by that code.
    /// </summary>
    private static Dictionary<string, List<string>> StateQualifiedSpellings(LawsFile file)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in file.Codes)
        {
            if (c.States is not { Count: > 0 })
                continue;
            var names = new List<string> { c.Code };
            if (c.Spellings is not null)
                names.AddRange(c.Spellings.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));
            foreach (var (state, code) in c.States)
            {
                if (!file.StatePrefixes.TryGetValue(state, out var prefixes))
                    continue;
                if (!result.TryGetValue(code, out var list))
                    result[code] = list = [];
                foreach (var prefix in prefixes)
                {
                    foreach (var name in names)
                        list.Add(prefix.Trim() + " " + name);
                }
            }
        }
        return result;
    }

    private static LawsFile ReadLawsResource()
    {
        const string fileName = "laws.json";
        var assembly = typeof(LawCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream("Precedent.Citations.Catalog.Data." + fileName)
            ?? throw new InvalidOperationException($"The embedded catalog file {fileName} is missing from {assembly.GetName().Name}.");
        return JsonSerializer.Deserialize(stream, LawsJsonContext.Default.LawsFile)
            ?? throw new InvalidOperationException($"The embedded catalog file {fileName} is empty.");
    }
}

// The shapes of laws.json.

internal sealed class LawsFile
{
    public List<LawCodeEntry> Codes { get; set; } = [];
    public List<RuleSetEntry> RuleSets { get; set; } = [];
    public List<ConstitutionEntry> Constitutions { get; set; } = [];
    public List<RecordEntry> Records { get; set; } = [];
    public Dictionary<string, List<string>> StatePrefixes { get; set; } = [];
}

internal sealed class LawCodeEntry
{
    public string Code { get; set; } = "";
    public string? Name { get; set; }
    public string Kind { get; set; } = "statute";
    public string? Jurisdiction { get; set; }
    public List<string>? Spellings { get; set; }
    public bool Titled { get; set; }
    public List<string>? Divisions { get; set; }
    public bool DivisionRequired { get; set; }
    public string? SectionSign { get; set; }
    public List<string>? Designators { get; set; }
    public bool Paged { get; set; }
    public bool LawNumber { get; set; }
    public Dictionary<string, string>? States { get; set; }
}

internal sealed class RuleSetEntry
{
    public string Code { get; set; } = "";
    public string? Name { get; set; }
    public string? Jurisdiction { get; set; }
    public List<string>? Spellings { get; set; }
    public List<string>? Designators { get; set; }
    public bool OrdinalPrefix { get; set; }
}

internal sealed class ConstitutionEntry
{
    public string Code { get; set; } = "";
    public string? Name { get; set; }
    public string? Jurisdiction { get; set; }
    public List<string>? Spellings { get; set; }
}

internal sealed class RecordEntry
{
    public string Code { get; set; } = "";
    public string? Name { get; set; }
    public List<string>? Spellings { get; set; }
    public string? Locator { get; set; }
    public bool Strict { get; set; }
    public bool Volumes { get; set; }
    public bool Party { get; set; }
    public bool Punctuated { get; set; }
    public List<string>? Designators { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(LawsFile))]
internal sealed partial class LawsJsonContext : JsonSerializerContext;
