using System.Collections.Frozen;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Reads the case name and the introductory signal to the left of a volume: "See Anderson v. Creighton, 483 …".
/// Walks tokens right to left and stops at the first word that cannot belong to a case name.
/// </summary>
internal static class CaseNameReader
{
    internal readonly record struct NameResult(int Start, int End, string? CaseName, string? Plaintiff, string? Defendant);

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
    [
        "v.", "vs.", "v", "vs", "of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "da", "du", "van", "von",
        "der", "den", "ex", "rel.", "rel", "et", "al.", "al", "a", "an", "by", "through", "to", "at", "as", "upon", "re",
        "y", "e", "&", "d/b/a", "f/k/a", "n/k/a", "a/k/a", "aka", "o/b/o", "ex.", "dba", "from", "with", "under", "sub",
        "de la", "di", "des", "St.", "nom.", "parte", "re:", "its", "his", "her", "their", "our", "into", "over", "against",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that start a sentence or clause rather than a case name.</summary>
    private static readonly FrozenSet<string> LeadingNonName = FrozenSet.ToFrozenSet(
    [
        "In", "See", "Cf.", "Accord", "But", "Compare", "Also", "E.g.,", "E.g.", "Under", "As", "Following", "Citing",
        "Quoting", "Although", "Because", "When", "While", "Thus", "Here", "Moreover", "However", "Like", "Unlike",
        "After", "Before", "Since", "Finally", "Similarly", "Indeed", "Nevertheless", "Accordingly", "Therefore",
        "Further", "Furthermore", "Likewise", "Contra", "And", "Or", "If", "Whether", "Where", "Even", "Only", "Both",
        "Applying", "Relying", "Discussing", "Id.", "Id", "See,", "Cf", "Consistent", "Pursuant", "Per", "Also,",
        "Rather", "Instead", "Then", "So", "Yet", "Nor", "Notably", "Specifically", "Additionally", "Again",
        "Consequently", "Hence", "Compare,", "Cited", "Quoted", "Construing", "Interpreting", "Overruling", "Affirming",
        "Reversing", "Distinguishing", "Accord,", "With", "Third", "Second", "First", "Fourth", "Fifth", "Sixth",
        "Plaintiff", "Defendant", "Plaintiffs", "Defendants", "Petitioner", "Respondent", "Appellant", "Appellee",
        "Sub", "Aff'd", "Rev'd", "Cert.", "Overruled", "Abrogated", "Vacated",
    ], StringComparer.Ordinal);

    /// <summary>Words that, just before a name, mean history rather than a case name ("aff'd, 12 F.3d 4").</summary>
    private static readonly FrozenSet<string> HistoryWords = FrozenSet.ToFrozenSet(
    [
        "aff'd", "aff’d", "rev'd", "rev’d", "denied", "granted", "dismissed", "vacated", "modified", "nom.", "by",
        "overruled", "abrogated", "superseded", "remanded", "withdrawn", "grounds", "part", "curiam",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> CompanySuffixes = FrozenSet.ToFrozenSet(
    [
        "Inc.", "Inc", "Co.", "Corp.", "Ltd.", "LLC", "L.L.C.", "N.A.", "P.C.", "L.P.", "LLP", "L.L.P.", "S.A.", "et",
        "Jr.", "Sr.", "II", "III", "IV", "Inc.,", "Co.,", "Ltd", "P.A.", "PLLC", "LP", "N.V.", "AG", "GmbH", "PLC",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Reads the name that ends at <paramref name="nameEnd"/> (exclusive, just before the comma) and starts no
    /// earlier than <paramref name="limit"/>.
    /// </summary>
    public static NameResult Read(string text, int nameEnd, int limit)
    {
        limit = Math.Max(limit, nameEnd - 240);
        // Collect tokens right to left.
        Span<(int S, int E)> tokens = stackalloc (int, int)[40];
        var count = 0;
        var seenV = false;
        var i = nameEnd;
        (int S, int E) right = default;
        while (count < tokens.Length)
        {
            var e = TextScan.SkipSpacesBack(text, i, limit);
            if (e <= limit)
                break;
            // a blank line ends the name
            if (e < i && HasBlankLine(text, e, i))
                break;
            var s = e;
            while (s > limit && !TextScan.IsSpace(text[s - 1]))
                s--;
            if (s <= limit && limit > 0 && !TextScan.IsSpace(text[limit - 1]) && s == limit)
            {
                // the window cut a token: do not take half a word
                if (limit > 0 && !IsBoundaryChar(text[limit - 1]))
                    break;
            }
            var tok = text.AsSpan(s, e - s);
            // A stop character inside the token: keep the part right of it, then stop.
            var stopAt = tok.LastIndexOfAny(";()[]\"\u201C\u201D:\u00A7");
            if (stopAt >= 0)
            {
                if (stopAt + 1 < tok.Length && IsNameToken(tok[(stopAt + 1)..], seenV, count > 0 ? text.AsSpan(right.S, right.E - right.S) : default))
                    tokens[count++] = (s + stopAt + 1, e);
                break;
            }
            var rightTok = count > 0 ? text.AsSpan(right.S, right.E - right.S) : default;
            // "rejection of Yaldo in Marketos v. Am. Employers": a lowercase "in" before the first party ends the
            // name ("State in the Interest of M.L." and "in re" aside)
            if (seenV && tok is "in" && rightTok is not ("the" or "Interest" or "interest" or "re"))
                break;
            if (!IsNameToken(tok, seenV, rightTok))
                break;
            if (IsV(tok))
                seenV = true;
            tokens[count++] = (s, e);
            right = (s, e);
            i = s;
        }
        if (count == 0)
            return new NameResult(nameEnd, nameEnd, null, null, null);

        // tokens[count-1] is leftmost. Trim leading connectors / clause words.
        var first = count - 1;
        while (first >= 0)
        {
            var t = text.AsSpan(tokens[first].S, tokens[first].E - tokens[first].S);
            var next = first > 0 ? text.AsSpan(tokens[first - 1].S, tokens[first - 1].E - tokens[first - 1].S) : default;
            if (IsInRe(t, next))
                break;
            if (IsLowerConnector(t) || In(LeadingNonName, t) || IsV(t) || (t.Length > 0 && char.IsDigit(t[0])))
            {
                first--;
                continue;
            }
            break;
        }
        if (first < 0)
            return new NameResult(nameEnd, nameEnd, null, null, null);
        var start = tokens[first].S;
        var end = tokens[0].E;
        var name = Normalize(text.AsSpan(start, end - start));
        // Split on the last " v. ".
        string? plaintiff = null, defendant = null;
        for (var k = first - 1; k >= 1; k--)
        {
            var t = text.AsSpan(tokens[k].S, tokens[k].E - tokens[k].S);
            if (IsV(t))
            {
                plaintiff = Normalize(text.AsSpan(start, tokens[k + 1].E - start));
                defendant = Normalize(text.AsSpan(tokens[k - 1].S, end - tokens[k - 1].S));
                break;
            }
        }
        if (plaintiff is not null && defendant is not null && (plaintiff.Length == 0 || defendant.Length == 0))
            plaintiff = defendant = null;
        return new NameResult(start, end, name, plaintiff, defendant);
    }

    private static bool HasBlankLine(string text, int from, int to)
    {
        var newlines = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n')
                newlines++;
        }
        return newlines >= 2;
    }

    private static bool IsBoundaryChar(char c) => TextScan.IsSpace(c) || c is ';' or '(' or ')' or '"' or '\u201C' or '\u201D';

    public static bool IsV(ReadOnlySpan<char> t) => t is "v." or "vs." or "v" or "vs" or "V.";

    private static bool IsInRe(ReadOnlySpan<char> t, ReadOnlySpan<char> next)
        => (t is "In" && (next is "re" or "re:" or "the")) || (t is "Ex" && next is "parte") || (t is "Matter" && next is "of")
           || (t is "Estate" && next is "of") || (t is "Application" && next is "of") || (t is "Petition" && next is "of")
           || (t is "State" && next is "ex") || (t is "People" && next is "ex") || (t is "United" && next is "States");

    private static bool IsLowerConnector(ReadOnlySpan<char> t) => t.Length > 0 && !char.IsUpper(t[0]) && !char.IsDigit(t[0]) && t[0] != '$';

    private static bool IsNameToken(ReadOnlySpan<char> tok, bool seenV, ReadOnlySpan<char> rightTok)
    {
        if (tok.Length == 0 || tok.Length > 40)
            return false;
        var core = tok.TrimEnd(",.;:'\u2019").TrimStart("'\u2018\u2019`");
        if (core.Length == 0)
            return tok is "&" || tok.SequenceEqual(".");
        var c = core[0];
        // A comma ends a clause unless it separates a company suffix ("Jones, Inc.") inside the defendant.
        if (tok[^1] == ',')
        {
            if (!In(CompanySuffixes, rightTok))
                return false;
        }
        // "1983." or "12." ends a sentence: digits are names only inside ("$1,000", "1st").
        if (char.IsDigit(core[0]) && tok[^1] == '.')
            return false;
        if (In(HistoryWords, tok))
            return false;
        if (char.IsUpper(c) || char.IsDigit(c) || c is '$' or '&' or '-' or '\u2014' or '\u2013')
        {
            // "Amendment." or "Clause." (a capitalised word with a final period that is no abbreviation) ends the
            // previous sentence.
            if (tok[^1] == '.' && core.Length >= 4 && !core.Contains('.') && !core.Contains('\'') && !core.Contains('\u2019')
                && !IsAbbreviation(core) && !IsAllCaps(core))
                return false;
            return true;
        }
        // "al-Kidd", "d'Oench", "van-Dyke": a short lower-case particle joined to a capitalised name
        var joint = core.IndexOfAny('-', '\'', '\u2019');
        if (joint is > 0 and <= 3 && joint + 1 < core.Length && char.IsUpper(core[joint + 1]))
            return true;
        return In(Connectors, tok);
    }

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Corp", "Bros", "Comm", "Dept", "Assn", "Cnty", "Univ", "Hosp", "Elec", "Transp", "Indus", "Prods", "Servs",
        "Serv", "Auth", "Admin", "Mut", "Sav", "Dist", "Cmty", "Envtl", "Equip", "Secs", "Props", "Prop", "Liab",
        "Indem", "Guar", "Amer", "Ariz", "Calif", "Colo", "Conn", "Mass", "Mich", "Minn", "Miss", "Mont", "Okla",
        "Penn", "Tenn", "Wash", "Wyom", "Assocs", "Enters", "Techs", "Pharm", "Chem", "Bldg", "Constr", "Corr",
        "Educ", "Gen", "Govt", "Inst", "Invs", "Mgmt", "Mfrs", "Nat", "Natl", "Ne", "Org", "Pac", "Prof", "Reg",
        "Rehab", "Ret", "Sch", "Schs", "Sys", "Tech", "Tel", "Twp", "Util", "Utils", "Ins", "Fin", "Inv", "Med",
        "Pub", "Res", "Ctr", "Ctrs", "Fed", "Dev", "Emp", "Emps", "Exch", "Hous", "Imp", "Info", "Intern", "Lab",
        "Labs", "Litig", "Mktg", "Mort", "Mun", "Mfg", "Nw", "Sw", "Se", "Bd", "Co", "Cos", "Inc", "Ltd", "Ass", "Agric",
        "Ave", "Blvd", "Cal", "Ill", "Ind", "Kan", "Neb", "Nev", "Tex", "Wis", "Wyo", "Ala", "Ark", "Del", "Fla",
        "Port", "Ref", "Rev", "Ry", "Sec", "Supp", "Ste", "Stat", "Pers", "Prot", "Protec", "Enf", "Enft", "Envt",
        "Cas", "Fid", "Cent", "Comms", "Commc", "Commcns", "Dep", "Depts", "Div", "Eng", "Hldgs", "Hosps", "Assoc", "Comn",
        "Auto", "Mach", "Sur", "Mkt", "Mkts", "Prod", "Assur", "Acc", "Bhd", "Grp", "Hldg", "Intl", "Nav", "Coop",
        "Comput", "Contr", "Distrib", "Elecs", "Telecomm", "Telecomms", "Cty", "Ctys", "Inds", "Mgt",
    ], StringComparer.Ordinal);

    private static bool IsAbbreviation(ReadOnlySpan<char> core) => In(Abbreviations, core);

    /// <summary>Set membership of a span without allocating a string.</summary>
    private static bool In(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (char.IsLetter(ch) && !char.IsUpper(ch))
                return false;
        }
        return true;
    }

    /// <summary>Inner white space (line breaks in wrapped text) collapsed to single spaces; a trailing comma dropped.</summary>
    private static string Normalize(ReadOnlySpan<char> s) => CaseCitationParser.CollapseSpaces(s.Trim().TrimEnd(','));

    private static readonly (string Text, string Signal)[] Signals =
    [
        ("See, e.g.,", "see, e.g."), ("see, e.g.,", "see, e.g."), ("See e.g.,", "see, e.g."), ("see e.g.,", "see, e.g."),
        ("See, e.g.", "see, e.g."), ("see, e.g.", "see, e.g."),
        ("See generally", "see generally"), ("see generally", "see generally"),
        ("See also", "see also"), ("see also", "see also"), ("But see", "but see"), ("but see", "but see"),
        ("But cf.", "but cf."), ("but cf.", "but cf."), ("Compare", "compare"), ("compare", "compare"),
        ("Accord", "accord"), ("accord", "accord"), ("Contra", "contra"), ("contra", "contra"),
        ("E.g.,", "e.g."), ("e.g.,", "e.g."), ("Cf.", "cf."), ("cf.", "cf."), ("See", "see"), ("see", "see"),
        ("See,", "see"), ("Accord,", "accord"), ("accord,", "accord"),
    ];

    /// <summary>Reads an introductory signal ending just before <paramref name="end"/> (spaces allowed between).</summary>
    public static (int Start, string? Signal) ReadSignal(string text, int end, int limit)
    {
        var e = TextScan.SkipSpacesBack(text, end, limit);
        foreach (var (spelling, signal) in Signals)
        {
            var s = e - spelling.Length;
            if (s < limit || s < 0)
                continue;
            if (!text.AsSpan(s, spelling.Length).SequenceEqual(spelling))
                continue;
            if (s > 0 && char.IsLetterOrDigit(text[s - 1]))
                continue;
            return (s, signal);
        }
        return (end, null);
    }
}
