using System.Collections.Frozen;

namespace Precedent.Citations.Scanning;

/// <summary>
/// Finds reference citations: a case named alone after its full citation ("In Albright, we held …",
/// "the Wilson I court"). Names come from the full citations already found (first distinctive party, hereinafter
/// aliases); a common word such as "United States", "State" or "People" is never a reference name.
/// </summary>
internal static class ReferenceFinder
{
    private static readonly FrozenSet<string> GenericParties = FrozenSet.ToFrozenSet(
    [
        "United", "States", "State", "People", "Commonwealth", "City", "County", "Town", "Village", "Board", "Department",
        "Dep't", "Government", "Territory", "Republic", "Estate", "Matter", "Application", "Petition", "Commissioner",
        "Secretary", "Director", "Warden", "Attorney", "Superintendent", "School", "University", "National", "American",
        "Federal", "General", "International", "Bank", "Insurance", "Company", "Corporation", "Co.", "Inc.", "Doe", "Roe",
        "Unknown", "Officer", "Sheriff", "Chief", "Police", "Township", "District", "Parish", "Borough", "Mayor",
        "Governor", "President", "Court", "Judge", "Justice", "The", "A", "An", "In", "Ex", "re", "parte", "Nat'l",
        "Int'l", "Am.", "U.S.", "Comm'r", "Sec'y", "Bd.", "Dist.", "Cnty.", "Cty.", "Twp.", "Gen.", "Mut.", "Life",
        "First", "Second", "Third", "New", "North", "South", "East", "West", "Central", "Southern", "Northern",
        "Eastern", "Western", "Public", "Local", "Mutual", "Trust", "Savings", "Union", "Employers", "Brotherhood",
        "Association", "Ass'n", "Council", "Committee", "Authority", "Agency", "Office", "Service", "Services",
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin",
        "Wyoming", "America", "Time", "Rehabilitation", "Congress", "Justice", "Labor", "Commerce", "Treasury",
        "Education", "Energy", "Transportation", "Housing", "Defense", "Interior", "Agriculture", "Environmental",
        "Church", "Hospital", "Medical", "Health", "Motor", "Motors", "Railroad", "Railway", "Ry.", "R.R.", "Steel",
        "Oil", "Gas", "Power", "Electric", "Telephone", "Water", "Land", "Title", "Home", "Group", "Industries",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
    [
        "Officer", "Judge", "Justice", "Mr.", "Ms.", "Mrs.", "Dr.", "Deputy", "Sergeant", "Sgt.", "Detective", "Agent",
        "Trooper", "Lieutenant", "Lt.", "Captain", "Capt.", "Sheriff", "Chief", "Professor", "Senator", "Representative",
        "Governor", "President", "Warden", "Inmate", "Defendant", "Plaintiff", "Dr", "Mr", "Mrs", "Ms", "Miss", "Major",
        "Maj.", "Colonel", "Col.", "Corporal", "Cpl.", "Private", "Pvt.", "Juror", "juror", "Witness", "witness",
        "victim", "Victim",
    ], StringComparer.Ordinal);

    // Words that name a party of the case at hand ("appellant Hatcher", "Respondent Hatcher"): a name so used
    // is a person of this case everywhere in the text, never a reference to a cited case.
    private static readonly FrozenSet<string> PartyRoles = FrozenSet.ToFrozenSet(
    [
        "appellant", "Appellant", "appellee", "Appellee", "petitioner", "Petitioner", "respondent", "Respondent",
        "defendant", "Defendant", "plaintiff", "Plaintiff", "movant", "Movant", "claimant", "Claimant", "debtor",
        "Debtor", "relator", "Relator", "intervenor", "Intervenor", "co-defendant", "codefendant",
    ], StringComparer.Ordinal);

    // Capitalized words that may stand right before a case name used alone ("In Albright", "Unlike Drayton").
    private static readonly FrozenSet<string> LeadWords = FrozenSet.ToFrozenSet(
    [
        "In", "Under", "See", "But", "And", "As", "The", "Unlike", "Like", "After", "Before", "Following", "Applying",
        "Citing", "Since", "Because", "While", "Although", "Both", "Neither", "Nor", "Here", "Thus", "Then", "Also",
        "Cf", "Compare", "Accord", "Contra", "Per", "Given", "Until", "Whether", "When", "Where", "Whereas", "Only",
        "Even", "Further", "Moreover", "Indeed", "However", "Nonetheless", "Similarly", "Likewise", "Rather",
        "Instead", "Unless", "Relying", "Distinguishing", "Overruling", "Extending", "Reading", "Post", "Pre", "Under",
        "Contrary", "Consistent", "Pursuant", "Against", "Beyond", "Per", "Absent", "Despite", "Notwithstanding",
        "Of", "On", "To", "For", "From", "With", "Without", "By", "At", "If", "That", "This", "These", "Those", "So",
        "Yet", "Or", "Not", "Accordingly", "Therefore", "Hence", "Finally", "First", "Second", "Third", "Last",
    ], StringComparer.Ordinal);

    public static void AddReferences(ParseContext context, List<CitationDraft> drafts)
    {
        Parsers.DefinedDocumentFinder.AddDefinedDocuments(context, drafts);
        var text = context.Text;
        // name -> earliest end of a full citation that introduces it
        Dictionary<string, int>? names = null;
        // name → the first parties of the cases it names ("State v. Amos" is a reference; "Wright v. Henkel", when
        // the case cited is McNamara v. Henkel, is another case), and names whose case name goes on with "&"
        var plaintiffs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var ampersand = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (d.Kind is not (CitationKind.Case or CitationKind.Neutral) || d.ParallelOf is not null)
                continue;
            var after = d.FullEnd;
            if (d.Alias is { Length: >= 2 } alias)
                AddName(ref names, alias, after);
            if (ShortNameOf(d) is { } sn)
            {
                AddName(ref names, sn, after);
                if (d.Plaintiff is { } p)
                {
                    if (!plaintiffs.TryGetValue(sn, out var list))
                        plaintiffs[sn] = list = [];
                    list.Add(p);
                }
                if (d.CaseName is { } cn && cn.StartsWith(sn, StringComparison.Ordinal)
                    && TextScan.SkipSpaces(cn, sn.Length, sn.Length + 2) is var amp && amp < cn.Length && cn[amp] == '&')
                    ampersand.Add(sn);
            }
        }
        if (names is null || names.Count == 0)
            return;
        // Two views of the citations: whole units (a name before its first citation, outside every unit, is a
        // person of this case), and names + cores only (explanatory parentheticals may hold references).
        var units = new (int Start, int End)[drafts.Count];
        var spans = new (int Start, int End)[drafts.Count];
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            var start = Math.Min(d.FullStart, d.Start);
            units[k] = (start, Math.Max(d.FullEnd, d.End));
            spans[k] = (start, d.End);
        }
        Array.Sort(units, static (x, y) => x.Start.CompareTo(y.Start));
        Array.Sort(spans, static (x, y) => x.Start.CompareTo(y.Start));
        var unitsMaxEnd = RunningMaxEnd(units);
        var maxEnd = RunningMaxEnd(spans);

        // Names by their first word ("Wilson" → "Wilson I", "Wilson"), longest first; one pass over the capitals
        // of the text finds every occurrence of every name (the per-name searches this replaces read long opinions
        // once for each of their hundred names).
        var byFirstWord = names.Keys
            .GroupBy(FirstWordOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray(), StringComparer.Ordinal);
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(int Start, string Name)>();
        var titledBuffer = new char[64];
        var pos = 0;
        while (pos < text.Length)
        {
            var c = text.AsSpan(pos).IndexOfAnyInRange('A', 'Z');
            if (c < 0)
                break;
            c += pos;
            var w = c;
            while (w < text.Length && (char.IsLetter(text[w]) || (text[w] is '-' or '\'' or '\u2019' && w + 1 < text.Length && char.IsLetter(text[w + 1]))))
                w++;
            pos = Math.Max(w, c + 1);
            if (!TextScan.AtWordStart(text, c) || (c > 0 && text[c - 1] is '-' or '\u2010' or '\u2011'))
                continue;
            var word = text.AsSpan(c, w - c);
            if (word.EndsWith("'s") || word.EndsWith("\u2019s"))
                word = word[..^2];
            if (!lookup.TryGetValue(word, out var candidates))
            {
                // "Ricky L. HATCHER, Respondent.": a capitalized party of the caption, before any citation of the name
                if (word.Length >= 3 && !word.ContainsAnyInRange('a', 'z') && !word.ContainsAny('\'', '\u2019', '-'))
                {
                    if (word.Length <= 64)
                    {
                        var titled = titledBuffer.AsSpan(0, word.Length);
                        titled[0] = word[0];
                        for (var t = 1; t < word.Length; t++)
                            titled[t] = char.ToLowerInvariant(word[t]);
                        if (lookup.TryGetValue(titled, out var upper))
                        {
                            foreach (var name in upper)
                            {
                                if (name.Length == word.Length && c < names[name] && !InsideSpan(units, unitsMaxEnd, c))
                                    dropped.Add(name);
                            }
                        }
                    }
                }
                continue;
            }
            foreach (var name in candidates)
            {
                if (!TextScan.StartsWithAt(text, c, name))
                    continue;
                var end = c + name.Length;
                if (!(TextScan.AtWordEnd(text, end) || IsPossessive(text, end)))
                    continue;
                if (c < names[name])
                {
                    // used before the case is first cited, outside any citation: a person of this case
                    if (!InsideSpan(units, unitsMaxEnd, c))
                        dropped.Add(name);
                    break;
                }
                found.Add((c, name));
                break;
            }
        }

        var added = new List<CitationDraft>();
        foreach (var (i, name) in found)
        {
            if (dropped.Contains(name))
                continue;
            var end = i + name.Length;
            if (InsideSpan(spans, maxEnd, i) || PrecededByTitle(text, i) || FollowedByCaseName(text, end) || NamesABook(text, end)
                || PrecededByNumber(text, i) || PrecededByGivenName(text, i) || PrecededByPartyRole(text, i)
                || (PrecededByVersus(text, i, out var first) && !NamesFirstParty(plaintiffs, name, first))
                || (FollowedByAmpersand(text, end) && !ampersand.Contains(name)))
                continue;
            // "Entergy-generated", "Hughes-type": part of a compound word
            if (end + 1 < text.Length && text[end] is '-' or '\u2010' or '\u2011' && char.IsLetter(text[end + 1]))
                continue;
            added.Add(new CitationDraft
            {
                Kind = CitationKind.Reference,
                Start = i,
                End = end,
                FullStart = i,
                FullEnd = end,
                ShortName = name,
                CaseName = name,
            });
        }
        drafts.AddRange(added);
    }

    private static string FirstWordOf(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }

    private static int[] RunningMaxEnd((int Start, int End)[] spans)
    {
        // running max of ends, to answer "is position p inside any span" by binary search
        var maxEnd = new int[spans.Length];
        for (var i = 0; i < spans.Length; i++)
            maxEnd[i] = Math.Max(spans[i].End, i > 0 ? maxEnd[i - 1] : 0);
        return maxEnd;
    }

    private static void AddName(ref Dictionary<string, int>? names, string name, int after)
    {
        names ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!names.TryGetValue(name, out var existing) || after < existing)
            names[name] = after;
    }

    /// <summary>The short name a later reference would use: the first distinctive word of the first party.</summary>
    internal static string? ShortNameOf(CitationDraft d) => ShortNameOf(d.CaseName, d.Plaintiff, d.Defendant);

    /// <summary>The short name a later reference would use, from a case name and its parties.</summary>
    internal static string? ShortNameOf(string? caseName, string? plaintiff, string? defendant)
    {
        if (caseName is null)
            return null;
        string? party = plaintiff;
        if (party is null)
        {
            // "In re Smith", "Ex parte Young": the name after the prefix
            var n = caseName;
            foreach (var prefix in (string[])["In re ", "Ex parte ", "Matter of ", "In the Matter of ", "Estate of "])
            {
                if (n.StartsWith(prefix, StringComparison.Ordinal))
                    return FirstDistinctiveWord(n[prefix.Length..]);
            }
            return null;
        }
        var word = FirstDistinctiveWord(party);
        if (word is null && defendant is not null)
            word = FirstDistinctiveWord(defendant);
        return word;
    }

    private static string? FirstDistinctiveWord(string party)
    {
        var space = party.IndexOf(' ');
        var raw = (space < 0 ? party : party[..space]).TrimEnd(',');
        if (raw.EndsWith('.'))
            return null; // an abbreviation ("Tex.", "Dep't.") is no name
        var w = raw;
        if (w.Length < 3 || !char.IsUpper(w[0]) || GenericParties.Contains(w))
            return null;
        // Acronyms ("FAPE", "NLRB") are names of agencies and programs far more often than of cases.
        if (w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return null;
        // "State ex rel. Smith": the relator
        foreach (var c in w)
        {
            if (!(char.IsLetter(c) || c is '-' or '\'' or '\u2019'))
                return null;
        }
        return w;
    }

    private static bool IsPossessive(string text, int end)
        => end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's';

    private static bool InsideSpan((int Start, int End)[] spans, int[] maxEnd, int p)
    {
        // last span with Start <= p
        int lo = 0, hi = spans.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start <= p)
            {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found >= 0 && maxEnd[found] > p;
    }

    private static bool PrecededByTitle(string text, int i)
    {
        var e = TextScan.SkipSpacesBack(text, i, Math.Max(0, i - 3));
        if (e == i)
            return false;
        var s = e;
        while (s > 0 && e - s < 16 && !TextScan.IsSpace(text[s - 1]))
            s--;
        var word = text.AsSpan(s, e - s);
        // "Ricky L. Hatcher": a middle initial means a person
        if (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.')
            return true;
        return PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>The word right before position <paramref name="i"/> (one space between), or empty.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int i, out int wordStart)
    {
        wordStart = i;
        if (i < 2 || text[i - 1] != ' ')
            return [];
        var e = i - 1;
        var s = e;
        while (s > 0 && e - s < 24 && !TextScan.IsSpace(text[s - 1]) && text[s - 1] is not ('(' or '[' or '"' or '\u201c'))
            s--;
        wordStart = s;
        return text.AsSpan(s, e - s);
    }

    /// <summary>"appellant Hatcher", "Respondent Hatcher".</summary>
    private static bool PrecededByPartyRole(string text, int i)
        => WordBefore(text, i, out _) is { Length: > 0 } w && PartyRoles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    /// <summary>"Wright v. Henkel": the second party of a case named without its citation; the word before "v.".</summary>
    private static bool PrecededByVersus(string text, int i, out string firstParty)
    {
        firstParty = "";
        var w = WordBefore(text, i, out var ws);
        if (w is not ("v." or "vs." or "v" or "vs"))
            return false;
        firstParty = WordBefore(text, ws, out _).TrimEnd(',').ToString();
        return true;
    }

    /// <summary>True when the word before "v." is part of the first party of a cited case of that name.</summary>
    private static bool NamesFirstParty(Dictionary<string, List<string>> plaintiffs, string name, string word)
    {
        if (word.Length == 0 || !plaintiffs.TryGetValue(name, out var list))
            return false;
        foreach (var p in list)
        {
            if (p.Contains(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "to Nadine Vannoy", "mother, Cora Jones", "Mrs. Amanda Wilson": a given name before the surname, in the middle
    /// of a sentence, means a person.
    /// </summary>
    private static bool PrecededByGivenName(string text, int i)
    {
        var w = WordBefore(text, i, out var ws);
        if (w.Length < 2 || !char.IsAsciiLetterUpper(w[0]))
            return false;
        foreach (var ch in w[1..])
        {
            if (!char.IsAsciiLetterLower(ch))
                return false;
        }
        if (LeadWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || GenericParties.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            return false;
        // the given name itself stands mid-sentence: after a lowercase word, a comma or semicolon, or a title
        var before = WordBefore(text, ws, out _);
        if (before.Length == 0)
            return false;
        if (PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
            return true;
        var last = before[^1];
        return last is ',' or ';' || (char.IsAsciiLetterLower(before[0]) && char.IsLetter(last));
    }

    /// <summary>"(Wright &amp; Gold)", "Wright &amp; Miller": authors of a treatise.</summary>
    private static bool FollowedByAmpersand(string text, int end)
    {
        var j = TextScan.SkipSpaces(text, end, end + 2);
        return j < text.Length && text[j] == '&';
    }

    /// <summary>"27 Wright 575": a volume of a treatise, not a reference to the case Wright v. …</summary>
    private static bool PrecededByNumber(string text, int i)
    {
        var e = TextScan.SkipSpacesBack(text, i, Math.Max(0, i - 3));
        return e < i && e > 0 && char.IsAsciiDigit(text[e - 1]);
    }

    private static readonly string[] BookWords =
        ["Dictionary", "Dictionaries", "Encyclopedia", "Thesaurus", "Handbook", "Manual", "Treatise", "Digest", "Almanac", "Guide", "Lexicon"];

    private const int MaxBookTitleWords = 5;

    /// <summary>
    /// "Webster's Third New International Dictionary", "Black's Law Dictionary", "WEBSTER'S UNABRIDGED DICTIONARY":
    /// a possessive name opening the title of a dictionary or other reference book, read over at most five
    /// capitalized words.
    /// </summary>
    private static bool NamesABook(string text, int end)
    {
        if (!IsPossessive(text, end))
            return false;
        var j = end + 2;
        for (var w = 0; w < MaxBookTitleWords; w++)
        {
            var s = TextScan.SkipSpaces(text, j, j + 2);
            if (s == j || s >= text.Length || !char.IsUpper(text[s]))
                return false;
            var e = s;
            while (e < text.Length && e - s < 24 && char.IsLetter(text[e]))
                e++;
            var word = text.AsSpan(s, e - s);
            foreach (var book in BookWords)
            {
                if (word.Equals(book, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
            j = e;
        }
        return false;
    }

    private static bool FollowedByCaseName(string text, int end)
    {
        var j = TextScan.SkipSpaces(text, end, end + 2);
        return TextScan.StartsWithAt(text, j, "v. ") || TextScan.StartsWithAt(text, j, "vs. ");
    }
}
