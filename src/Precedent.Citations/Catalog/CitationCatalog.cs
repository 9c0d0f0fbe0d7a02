using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Precedent.Citations.Catalog;

/// <summary>
/// The reporter, court and law catalog: our own JSON data files, embedded in the assembly, loaded once into
/// immutable lookups shared by every parser.
/// </summary>
public sealed partial class CitationCatalog
{
    private static readonly Lazy<CitationCatalog> LazyDefault = new(Load);

    /// <summary>The catalog built from the embedded data files.</summary>
    public static CitationCatalog Default => LazyDefault.Value;

    private readonly FrozenDictionary<string, ReporterEdition> _editionsByKey;
    private readonly FrozenDictionary<string, ReporterEdition>.AlternateLookup<ReadOnlySpan<char>> _editionLookup;
    private readonly FrozenDictionary<string, Court> _courtsByKey;
    private readonly FrozenDictionary<string, Court>.AlternateLookup<ReadOnlySpan<char>> _courtLookup;
    private readonly FrozenDictionary<string, Court> _courtsById;
    private readonly FrozenDictionary<int, (int First, int Last)> _usReportsYears;

    /// <summary>Every reporter edition.</summary>
    public IReadOnlyList<ReporterEdition> Editions { get; }

    /// <summary>Every court.</summary>
    public IReadOnlyList<Court> Courts { get; }

    /// <summary>Number of distinct spellings (canonical and variant) that the reporter lookup knows.</summary>
    public int SpellingCount { get; }

    private CitationCatalog(IReadOnlyList<ReporterEdition> editions, IReadOnlyList<Court> courts,
        Dictionary<int, (int, int)> usReportsYears)
    {
        Editions = editions;
        Courts = courts;
        var byKey = new Dictionary<string, ReporterEdition>(StringComparer.Ordinal);
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in editions)
        {
            AddKey(e.Abbreviation, e);
            spellings.Add(e.Abbreviation);
            foreach (var v in e.Variants)
            {
                spellings.Add(v);
                AddKey(v, e);
            }
        }
        SpellingCount = spellings.Count;
        _editionsByKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _editionLookup = _editionsByKey.GetAlternateLookup<ReadOnlySpan<char>>();

        var courtsByKey = new Dictionary<string, Court>(StringComparer.Ordinal);
        foreach (var c in courts)
        {
            foreach (var a in c.Abbreviations)
                courtsByKey.TryAdd(KeyOf(a), c);
        }
        _courtsByKey = courtsByKey.ToFrozenDictionary(StringComparer.Ordinal);
        _courtLookup = _courtsByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _courtsById = courts.GroupBy(c => c.Id).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _usReportsYears = usReportsYears.ToFrozenDictionary();
        return;

        void AddKey(string spelling, ReporterEdition edition)
        {
            var key = KeyOf(spelling);
            // The first edition to claim a spelling keeps it: data files list the main meaning first.
            byKey.TryAdd(key, edition);
        }
    }

    /// <summary>
    /// The lookup key of a spelling: white space removed, curly apostrophes straightened. "F. 3d", "F.3d" and
    /// "F.\n3d" share the key "F.3d".
    /// </summary>
    public static string KeyOf(ReadOnlySpan<char> spelling)
    {
        Span<char> buffer = spelling.Length <= 128 ? stackalloc char[spelling.Length] : new char[spelling.Length];
        var n = WriteKey(spelling, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the key of <paramref name="spelling"/> into <paramref name="destination"/>; returns its length.</summary>
    internal static int WriteKey(ReadOnlySpan<char> spelling, Span<char> destination)
    {
        var n = 0;
        foreach (var ch in spelling)
        {
            if (char.IsWhiteSpace(ch))
                continue;
            destination[n++] = ch is '\u2019' or '\u2018' or '`' ? '\'' : ch;
        }
        return n;
    }

    /// <summary>Finds the edition for a reporter spelling (white space insensitive).</summary>
    public ReporterEdition? FindEdition(ReadOnlySpan<char> spelling)
    {
        if (spelling.Length == 0 || spelling.Length > 64)
            return null;
        Span<char> buffer = stackalloc char[spelling.Length];
        var n = WriteKey(spelling, buffer);
        return _editionLookup.TryGetValue(buffer[..n], out var e) ? e : null;
    }

    /// <summary>Finds the edition whose key is exactly <paramref name="key"/> (already stripped of white space).</summary>
    internal ReporterEdition? FindEditionByKey(ReadOnlySpan<char> key)
        => _editionLookup.TryGetValue(key, out var e) ? e : null;

    /// <summary>Finds a court by a parenthetical abbreviation ("10th Cir.", "D. Colo.").</summary>
    public Court? FindCourt(ReadOnlySpan<char> abbreviation)
    {
        if (abbreviation.Length == 0 || abbreviation.Length > 96)
            return null;
        Span<char> buffer = stackalloc char[abbreviation.Length];
        var n = WriteKey(abbreviation, buffer);
        return _courtLookup.TryGetValue(buffer[..n], out var c) ? c : null;
    }

    /// <summary>Finds a court by id.</summary>
    public Court? CourtById(string id) => _courtsById.GetValueOrDefault(id);

    /// <summary>The years in which the decisions of a volume of U.S. Reports were handed down, if known.</summary>
    public (int First, int Last)? UsReportsYears(int volume)
        => _usReportsYears.TryGetValue(volume, out var y) ? y : null;

    /// <summary>True when the edition covers the court (by jurisdiction and level, or by explicit id).</summary>
    public bool Covers(ReporterEdition edition, Court court)
    {
        if (edition.Courts.Contains(court.Id))
            return true;
        if (edition.Jurisdictions.Count == 0 && edition.Courts.Count == 0)
            return true;
        if (!edition.Jurisdictions.Contains(court.Jurisdiction))
            return false;
        return edition.Levels.Count == 0 || edition.Levels.Contains(court.Level);
    }

    private static CitationCatalog Load()
    {
        var reporters = ReadResource<ReporterFile>("reporters.json");
        var courts = ReadResource<CourtFile>("courts.json");
        var years = ReadResource<UsYearsFile>("us-reports-years.json");
        var editions = new List<ReporterEdition>();
        foreach (var r in reporters.Reporters)
        {
            var kind = Enum.Parse<ReporterKind>(r.Kind, ignoreCase: true);
            foreach (var e in r.Editions)
            {
                editions.Add(new ReporterEdition
                {
                    Abbreviation = e.Abbreviation,
                    ReporterName = r.Name,
                    Kind = kind,
                    StartYear = e.Start,
                    EndYear = e.End,
                    Variants = e.Variants ?? [],
                    Jurisdictions = r.Jurisdictions ?? [],
                    Levels = r.Levels ?? [],
                    Courts = r.Courts ?? [],
                    DefaultCourt = e.DefaultCourt ?? r.DefaultCourt,
                });
            }
        }
        var courtList = courts.Courts.Select(c => new Court
        {
            Id = c.Id,
            Name = c.Name,
            Jurisdiction = c.Jurisdiction,
            Level = c.Level,
            Abbreviations = c.Abbreviations ?? [],
        }).ToList();
        var usYears = new Dictionary<int, (int, int)>();
        foreach (var v in years.Volumes)
        {
            if (v.Length >= 3)
                usYears[v[0]] = (v[1], v[2]);
        }
        return new CitationCatalog(editions, courtList, usYears);
    }

    internal static T ReadResource<T>(string fileName)
    {
        var assembly = typeof(CitationCatalog).Assembly;
        var name = "Precedent.Citations.Catalog.Data." + fileName;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalog file {fileName} is missing from {assembly.GetName().Name}.");
        return JsonSerializer.Deserialize(stream, typeof(T), CatalogJsonContext.Default) is T value
            ? value
            : throw new InvalidOperationException($"The embedded catalog file {fileName} is empty.");
    }
}
