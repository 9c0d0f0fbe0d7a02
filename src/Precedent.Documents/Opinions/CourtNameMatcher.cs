using System.Text;
using System.Text.Json;
using Precedent.Citations.Catalog;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Maps a court's name as written in a caption or in metadata ("United States Court of Appeals,\nFirst Circuit.",
/// "District Court, S.D. New York", "Court of Appeals of Texas, Houston (14th Dist.)") to the catalog court.
/// </summary>
/// <remarks>
/// A name is read as words: the jurisdiction ("Texas", "United States", "S.D. New York"), the court's kind
/// ("court of criminal appeals", "supreme judicial court") and qualifiers (districts, divisions, seats) that are
/// ignored. The catalog's own names are read the same way, so a caption matches a court when the kind words of the
/// catalog name all occur in it, in any order; the most specific such court wins.
/// </remarks>
public static class CourtNameMatcher
{
    private const int MaxNameLength = 400;

    private static readonly Lazy<Matcher> Instance = new(() => new Matcher(CitationCatalog.Default));

    /// <summary>The catalog court named by <paramref name="courtName"/>, or null when it names none (or several).</summary>
    /// <param name="courtName">A court name as written, of any case, punctuation and line breaks.</param>
    public static Court? Match(string courtName)
    {
        if (string.IsNullOrWhiteSpace(courtName))
            return null;
        try
        {
            return Instance.Value.Match(courtName);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>What a court name says, word by word.</summary>
    internal sealed record NameKey(
        string? Jurisdiction,
        bool Federal,
        bool FederalDistrict,
        bool Bankruptcy,
        string Direction,
        HashSet<string> Words);

    private sealed class NameData
    {
        public Dictionary<string, string[]> Jurisdictions { get; set; } = [];
        public string[] Federal { get; set; } = [];
        public Dictionary<string, string[]> Ordinals { get; set; } = [];
        public Dictionary<string, string> Synonyms { get; set; } = [];
        public Dictionary<string, string> Directions { get; set; } = [];
        public string[] StopWords { get; set; } = [];
        public string[] GenericWords { get; set; } = [];
        public Alias[] Aliases { get; set; } = [];
    }

    private sealed class Alias
    {
        public string Court { get; set; } = "";
        public string Name { get; set; } = "";
    }

    internal sealed class Matcher
    {
        private readonly CitationCatalog _catalog;
        private readonly Dictionary<string, string> _jurisdictionByName = new(StringComparer.Ordinal);
        private readonly int _longestJurisdiction;
        private readonly List<string[]> _federal = [];
        private readonly Dictionary<string, string> _wordMap = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _directions;
        private readonly HashSet<string> _directionWords;
        private readonly HashSet<string> _stopWords;
        private readonly HashSet<string> _genericWords;
        private readonly Dictionary<(bool Bankruptcy, string Jurisdiction, string Direction), Court> _districts = [];
        private readonly Dictionary<string, List<(HashSet<string> Words, Court Court)>> _byJurisdiction = new(StringComparer.Ordinal);

        public Matcher(CitationCatalog catalog)
        {
            _catalog = catalog;
            var data = Load();
            foreach (var (code, names) in data.Jurisdictions)
            {
                foreach (var name in names)
                {
                    var words = Tokens(name);
                    _jurisdictionByName[string.Join(' ', words)] = code;
                    _longestJurisdiction = Math.Max(_longestJurisdiction, words.Count);
                }
            }

            foreach (var f in data.Federal)
                _federal.Add([.. Tokens(f)]);
            foreach (var (canonical, forms) in data.Ordinals)
            {
                foreach (var form in forms)
                    _wordMap[form] = canonical;
            }

            foreach (var (form, canonical) in data.Synonyms)
                _wordMap[form] = canonical;
            _directions = new Dictionary<string, string>(data.Directions, StringComparer.Ordinal);
            _directionWords = new HashSet<string>(_directions.Values, StringComparer.Ordinal);
            _stopWords = new HashSet<string>(data.StopWords, StringComparer.Ordinal);
            _genericWords = new HashSet<string>(data.GenericWords, StringComparer.Ordinal);

            foreach (var court in catalog.Courts)
                Index(court.Name, court);
            foreach (var alias in data.Aliases)
            {
                if (catalog.CourtById(alias.Court) is { } court)
                    Index(alias.Name, court);
            }
        }

        private void Index(string name, Court court)
        {
            var key = Read(name);
            if (key.FederalDistrict)
            {
                var jurisdiction = key.Jurisdiction ?? court.Jurisdiction;
                _districts.TryAdd((key.Bankruptcy, jurisdiction, key.Direction), court);
                return;
            }

            if (!_byJurisdiction.TryGetValue(court.Jurisdiction, out var list))
                _byJurisdiction[court.Jurisdiction] = list = [];
            list.Add((key.Words, court));
        }

        public Court? Match(string name)
        {
            var key = Read(name);
            if (key.FederalDistrict)
            {
                if (key.Jurisdiction is null)
                    return null;
                return _districts.GetValueOrDefault((key.Bankruptcy, key.Jurisdiction, key.Direction));
            }

            var jurisdiction = key.Federal || key.Jurisdiction is null ? "us" : key.Jurisdiction;
            Court? best = null;
            int bestSize = 0;
            bool tie = false;
            if (_byJurisdiction.TryGetValue(jurisdiction, out var list))
            {
                foreach (var (words, court) in list)
                {
                    if (words.Count == 0 || words.Count < bestSize || !words.IsSubsetOf(key.Words))
                        continue;
                    if (jurisdiction == "us" && !key.Federal && words.All(_genericWords.Contains))
                        continue;
                    if (words.Count == bestSize)
                    {
                        tie |= best is not null && best.Id != court.Id;
                        continue;
                    }

                    best = court;
                    bestSize = words.Count;
                    tie = false;
                }
            }

            if (best is not null && !tie)
                return best;
            var trimmed = name.AsSpan().Trim();
            return trimmed.Length <= 96 ? _catalog.FindCourt(trimmed) : null;
        }

        /// <summary>Reads a court name into its jurisdiction, kind words and district.</summary>
        internal NameKey Read(string name)
        {
            var raw = Tokens(name.Length > MaxNameLength ? name[..MaxNameLength] : name);
            var tokens = new List<string>(raw.Count);
            bool federal = false;
            for (int i = 0; i < raw.Count; i++)
            {
                int federalLength = FederalAt(raw, i);
                if (federalLength > 0)
                {
                    federal = true;
                    i += federalLength - 1;
                    continue;
                }

                var t = raw[i];
                if ((t == "state" || t == "commonwealth" || t == "people") && i + 1 < raw.Count && raw[i + 1] == "of")
                {
                    i++;
                    continue;
                }

                // "D.C." names the District of Columbia; "S.D." a district of a state; a lone "D." a district.
                if (t == "d" && i + 1 < raw.Count && raw[i + 1] == "c" && (i == 0 || !_directions.ContainsKey(raw[i - 1])))
                {
                    tokens.Add("district");
                    tokens.Add("columbia");
                    i++;
                    continue;
                }

                if (_directions.TryGetValue(t, out var direction) && i + 1 < raw.Count && raw[i + 1] == "d")
                {
                    tokens.Add(direction);
                    tokens.Add("district");
                    i++;
                    continue;
                }

                if (t == "d")
                {
                    tokens.Add("district");
                    continue;
                }

                tokens.Add(_wordMap.GetValueOrDefault(t, t));
            }

            string? jurisdiction = null;
            int stateStart = -1, stateLength = 0;
            for (int i = 0; i < tokens.Count && jurisdiction is null; i++)
            {
                for (int n = Math.Min(_longestJurisdiction, tokens.Count - i); n >= 1; n--)
                {
                    if (_jurisdictionByName.TryGetValue(string.Join(' ', tokens.GetRange(i, n)), out var code))
                    {
                        jurisdiction = code;
                        stateStart = i;
                        stateLength = n;
                        break;
                    }
                }
            }

            int districts = 0;
            bool districtCourt = false, bankruptcyCourt = false, appeals = false, panel = false;
            string dir = "";
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t == "district")
                    districts++;
                bool next(string w) => i + 1 < tokens.Count && tokens[i + 1] == w;
                if (t == "district" && next("court"))
                    districtCourt = true;
                if (t == "bankruptcy" && next("court"))
                    bankruptcyCourt = true;
                if (t == "appeals")
                    appeals = true;
                if (t == "panel")
                    panel = true;
                if (dir.Length == 0 && _directionWords.Contains(t) && next("district") && (i < stateStart || i >= stateStart + stateLength))
                    dir = t[..1];
                if (i >= stateStart && i < stateStart + stateLength)
                    continue;
                if (!_stopWords.Contains(t))
                    words.Add(t);
            }

            bool bankruptcy = bankruptcyCourt && !panel;
            bool federalDistrict = !appeals && (bankruptcy || (districtCourt && (federal || dir.Length > 0 || districts >= 2)));
            return new NameKey(jurisdiction, federal, federalDistrict, bankruptcy, dir, words);
        }

        private int FederalAt(List<string> tokens, int i)
        {
            foreach (var f in _federal)
            {
                if (i + f.Length > tokens.Count)
                    continue;
                bool all = true;
                for (int k = 0; k < f.Length && all; k++)
                    all = tokens[i + k] == f[k];
                if (all)
                    return f.Length;
            }

            return 0;
        }

        private static List<string> Tokens(string text)
        {
            var tokens = new List<string>();
            var sb = new StringBuilder();
            foreach (var ch in text)
            {
                if (char.IsLetterOrDigit(ch))
                {
                    sb.Append(char.ToLowerInvariant(ch));
                }
                else if (ch is '\'' or '’' or '‘')
                {
                    // apostrophes join: "Veterans'" and "Surrogate's" read as one word
                }
                else if (sb.Length > 0)
                {
                    tokens.Add(sb.ToString());
                    sb.Clear();
                }
            }

            if (sb.Length > 0)
                tokens.Add(sb.ToString());
            return tokens;
        }

        private static NameData Load()
        {
            var assembly = typeof(CourtNameMatcher).Assembly;
            using var stream = assembly.GetManifestResourceStream("Precedent.Documents.Opinions.Data.court-names.json")
                ?? throw new InvalidOperationException("court-names.json is not embedded.");
            var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
            return JsonSerializer.Deserialize<NameData>(stream, options)
                ?? throw new InvalidOperationException("court-names.json is empty.");
        }
    }
}
