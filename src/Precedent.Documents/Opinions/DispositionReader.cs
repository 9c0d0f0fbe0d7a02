using System.Buffers;
using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Finds an opinion's disposition: the sentence in which the court itself affirms, reverses, vacates, remands,
/// dismisses, grants or denies ("we REVERSE … and REMAND …", "AFFIRMED.", "The judgment of the district court is
/// affirmed.", "Order affirmed, with costs; no opinion."). Only the lead part is read; the last such sentence wins.
/// Sentences that report what another court did ("the district court dismissed"), past decisions ("we affirmed in
/// Smith"), conditions ("if we reverse"), quotations and footnote lines are passed over.
/// </summary>
/// <remarks>
/// Kinds: "affirmed", "reversed", "vacated", "remanded", "dismissed", "affirmed_in_part", "granted", "denied",
/// "other" (a judgment only modified), or several joined with "+" in the order stated ("reversed+remanded",
/// "affirmed_in_part+remanded"). "Affirmed in part and reversed (or vacated) in part" is "affirmed_in_part".
/// Linear in the length of the text; never throws.
/// </remarks>
public static class DispositionReader
{
    private static readonly SearchValues<string> Keywords = SearchValues.Create(
        ["affirm", "revers", "vacat", "remand", "dismiss", "grant", "denied", "deny", "modified", "no error"], StringComparison.OrdinalIgnoreCase);

    private static readonly Dictionary<string, (string Kind, bool Base)> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["affirm"] = ("affirmed", true), ["affirmed"] = ("affirmed", false),
        ["reverse"] = ("reversed", true), ["reversed"] = ("reversed", false),
        ["vacate"] = ("vacated", true), ["vacated"] = ("vacated", false),
        ["remand"] = ("remanded", true), ["remanded"] = ("remanded", false),
        ["dismiss"] = ("dismissed", true), ["dismissed"] = ("dismissed", false),
        ["grant"] = ("granted", true), ["granted"] = ("granted", false),
        ["deny"] = ("denied", true), ["denied"] = ("denied", false),
        ["modify"] = ("modified", true), ["modified"] = ("modified", false),
        ["affirms"] = ("affirmed", true), ["reverses"] = ("reversed", true), ["vacates"] = ("vacated", true),
        ["remands"] = ("remanded", true), ["dismisses"] = ("dismissed", true), ["grants"] = ("granted", true),
        ["denies"] = ("denied", true),
    };

    // Words that may stand between "we" or an auxiliary and the verb.
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "therefore", "accordingly", "thus", "hereby", "now", "also", "hence", "consequently", "must", "so", "further",
        "likewise", "summarily", "instead", "shall", "nevertheless", "nonetheless", "respectfully", "similarly",
        "otherwise", "in", "all", "other", "respects", "and", "unanimously", "both", "each", "therein", "herein", ",",
    };

    // Nouns a court's own disposition is said of ("the judgment is affirmed", "the petition is denied").
    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "judgment", "judgments", "order", "orders", "decree", "decision", "decisions", "conviction", "convictions",
        "sentence", "sentences", "petition", "petitions", "appeal", "appeals", "application", "motion", "writ", "case",
        "cause", "matter", "ruling", "award", "verdict", "adjudication", "determination", "dismissal", "denial",
        "remainder", "complaint", "action", "proceeding", "proceedings", "it", "rule", "judgement", "decrees",
        "certiorari", "review", "rehearing", "revocation", "commitment", "injunction",
    };

    // Words allowed before the verb of a caption-like line ("Judgment of the district court affirmed.").
    private static readonly HashSet<string> CaptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "is", "are", "be", "and", "for", "in", "part", "court", "district", "trial", "lower", "circuit",
        "superior", "county", "below", "appealed", "from", "hereby", "accordingly", "therefore", "it", "ordered",
        "that", "so", "as", "appellate", "division", "chancery", "common", "pleas", "probate", "family", "juvenile",
        "criminal", "civil", "municipal", "justice", "a", "an", "this", "said", "each", "both", "all", "other",
        "respects", "sentences", "conviction", "judgment", "order", "s", "unpublished", "published", "opinion",
        "without", "leave", "to", "mandamus", "mand", "prohibition", "habeas", "corpus", "reconsideration",
        "summarily", "memorandum", "cross", ",", ";", ":",
    };

    // Words allowed after the verb of a caption-like line ("… with costs; no opinion", "… for a new trial").
    private static readonly HashSet<string> TrailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "the", "cause", "case", "matter", "is", "are", "for", "further", "proceedings", "with", "without",
        "costs", "cost", "no", "opinion", "new", "trial", "instructions", "directions", "in", "part", "as", "so",
        "consistent", "this", "herewith", "to", "court", "district", "trial", "lower", "below", "a", "an", "of",
        "entry", "enter", "judgment", "mandate", "issue", "forthwith", "appeal", "appeals", "petition", "writ",
        "review", "lack", "jurisdiction", "order", "modified", "rendered", "render", "resentencing", "hearing",
        "all", "other", "respects", "each", "party", "parties", "bear", "its", "own", "their", "taxed", "against",
        "appellant", "appellee", "appellants", "appellees", "petitioner", "respondent", "defendant", "plaintiff",
        "not", "moot", "be", "that", "it", "ordered", "on", "condition", "conditionally", "such", "sentence",
        "sentencing", "conviction", "proceed", "accordance", "views", "expressed", "herein", "opinion", "or",
        ",", ";", ":",
    };

    // Words that, in the same clause before the verb, make it a condition or a general statement.
    private static readonly HashSet<string> Conditionals = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "unless", "whether", "when", "whenever", "until", "where", "would", "could", "might", "may", "can",
        "cannot", "not", "never", "before", "once", "why", "whereas", "although", "though",
        // a request, not a decision: "appellants ask that we reverse", "the State urges us to affirm"
        "ask", "asks", "urge", "urges", "respectfully", "pray", "prays",
    };

    // "The judgment should be reversed": the old New York form of the court's own disposition at the end of its
    // opinion, but a party's argument anywhere else.
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "should", "ought" };

    /// <summary>How near the end of the lead part a "should be reversed" sentence must stand to be the disposition.</summary>
    private const int ModalReach = 600;

    /// <summary>
    /// The disposition of the opinion, or null when the lead part states none.
    /// </summary>
    /// <param name="text">The opinion text.</param>
    /// <param name="parts">Its parts (majority, dissents…); an empty list reads the whole text as the lead part.</param>
    /// <param name="bodyStart">
    /// Where the opinion proper begins; lines before it (the caption) are read only when the body states nothing.
    /// </param>
    public static Disposition? Read(string text, IReadOnlyList<OpinionPart> parts, int bodyStart = 0)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            var lead = OpinionSentences.Lead(text, parts);
            if (lead is null)
                return null;
            var (start, end) = lead.Value;
            int body = Math.Clamp(bodyStart, start, end);
            var found = Last(text, body, end);
            if (found is null && body > start)
                found = Last(text, start, body);
            return found;
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Disposition? Last(string text, int start, int end)
    {
        var sentences = OpinionSentences.Split(text, start, end);
        for (int n = sentences.Count - 1; n >= 0; n--)
        {
            var sentence = sentences[n];
            if (text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAny(Keywords) < 0)
                continue;
            var kind = Classify(text, sentence, allowModal: end - sentence.End <= ModalReach);
            if (kind is null || OpinionSentences.OnFootnoteLine(text, sentence.Start, start))
                continue;
            return new Disposition(kind, text[sentence.Start..sentence.End], sentence.Start, sentence.End);
        }
        return null;
    }

    /// <summary>The kind stated by one sentence, or null when it is not the court's own disposition.</summary>
    internal static string? Classify(string text, TextSpan sentence, bool allowModal = false)
    {
        var spans = OpinionSentences.Words(text, sentence.Start, sentence.End);
        if (spans.Count == 0 || spans.Count > 120)
            return null;
        var words = new string[spans.Count];
        for (int i = 0; i < spans.Count; i++)
            words[i] = text.Substring(spans[i].Start, spans[i].End - spans[i].Start).ToLowerInvariant();
        // "There is no error." "No error." (the judgment stands).
        if (words is ["no", "error"] or ["no", "reversible", "error"] or ["there", "is", "no", "error"] or ["there", "was", "no", "error"])
            return "affirmed";

        for (int k = 0; k < words.Length; k++)
        {
            if (!Verbs.TryGetValue(words[k], out var verb))
                continue;
            if (!IsAnchor(words, k, verb.Base) || Quoted(text, sentence.Start, spans[k].Start))
                continue;
            if (!allowModal && HasModal(words, k))
                continue;
            return Kinds(words, k);
        }
        return null;
    }

    private static bool HasModal(string[] words, int k)
    {
        for (int i = 0; i < k; i++)
        {
            if (Modals.Contains(words[i]))
                return true;
        }
        return false;
    }

    private static bool IsAnchor(string[] words, int k, bool isBase)
    {
        // Clause before the verb: back to the last "," ";" ":" (adverbial commas right before the verb are skipped).
        int p = Previous(words, k);
        int clauseStart = k;
        while (clauseStart > 0 && words[clauseStart - 1] is not ("," or ";" or ":"))
            clauseStart--;
        for (int i = clauseStart; i < k; i++)
        {
            if (Conditionals.Contains(words[i]))
                return false;
        }

        if (isBase)
        {
            // "we affirm", "we therefore REVERSE", "We exercise jurisdiction … and reverse."
            if (p >= 0 && words[p] == "we")
                return !(p > 0 && Conditionals.Contains(words[p - 1])) && !ThirdPerson(words[k]);
            // "The Court hereby GRANTS the motion", "this court remands the matter".
            if (p > 0 && words[p] == "court" && words[p - 1] is "the" or "this" && ThirdPerson(words[k]))
                return true;
            if (p >= 0 && words[p] == "and" && k == words.Length - 1)
            {
                for (int i = 0; i < p; i++)
                {
                    if (words[i] == "we")
                        return true;
                }
            }
            return false;
        }

        // Passive: "<judgment…> is/are/be affirmed".
        if (p >= 0 && words[p] is "is" or "are" or "be" or "stands" or "stand")
        {
            for (int i = p - 1; i >= clauseStart && i >= p - 12; i--)
            {
                if (Subjects.Contains(words[i]))
                    return true;
            }
            // "The judgment of the Court of Appeals, which …, is reversed": look past one comma.
            for (int i = clauseStart - 2; i >= 0 && i >= p - 30; i--)
            {
                if (words[i] is ";" or ":")
                    break;
                if (Subjects.Contains(words[i]))
                    return words[i] is not ("it" or "case" or "review");
            }
            return false;
        }

        // "…; appeal granted and judgment reversed with directions …".
        if (p >= 0 && p == k - 1 && Decretal(words[p]) && (p == 0 || words[p - 1] is "," or ";" or ":" or "and"))
            return true;

        // New York's decretal sentence: "Order, Supreme Court, New York County (…), entered …, which granted …,
        // unanimously affirmed, without costs."
        int q = k - 1;
        if (q >= 0 && words[q] == "unanimously")
            q--;
        if (q > 0 && words[q] == "," && (Decretal(words[0]) || (words.Length > 1 && words[0] is "amended" or "appeal" or "appeals" && Decretal(words[1]))))
            return true;

        // Caption-like: "Affirmed.", "Judgment reversed; cause remanded.", "Order affirmed, with costs."
        if (k > 10 || words.Length > 40)
            return false;
        bool court = false, noun = false;
        int abbreviations = 0;
        for (int i = 0; i < k; i++)
        {
            var w = words[i];
            if (Subjects.Contains(w))
            {
                noun |= w is not ("case" or "it" or "review" or "appeals");
                continue;
            }
            if (!CaptionWords.Contains(w))
            {
                // Reporter and court abbreviations, page numbers: "Ct. App. N. C. Certiorari denied.", "*135 Denied."
                if ((w.Length <= 3 || char.IsDigit(w[0])) && w != "we" && ++abbreviations <= 4)
                    continue;
                return false;
            }
            court |= w == "court";
        }
        if (court && !noun)
            return false; // "The district court dismissed …"
        int unknown = 0;
        for (int i = k + 1; i < words.Length; i++)
        {
            if (!TrailingWords.Contains(words[i]) && !Verbs.ContainsKey(words[i]) && !Subjects.Contains(words[i]))
                unknown++;
        }
        return unknown <= 4;
    }

    private static bool ThirdPerson(string word) =>
        word is "affirms" or "reverses" or "vacates" or "remands" or "dismisses" or "grants" or "denies";

    private static bool Decretal(string word) =>
        word is "order" or "orders" or "judgment" or "judgments" or "decree" or "decrees" or "appeal" or "sentence" or "determination";

    private static int Previous(string[] words, int k)
    {
        int p = k - 1;
        while (p >= 0 && Adverbs.Contains(words[p]) && words[p] != "and")
            p--;
        return p;
    }

    private static bool Quoted(string text, int sentenceStart, int at)
    {
        int straight = 0, open = 0;
        for (int i = sentenceStart; i < at; i++)
        {
            char c = text[i];
            if (c == '"')
                straight++;
            else if (c == '\u201C')
                open++;
            else if (c == '\u201D' && open > 0)
                open--;
        }
        return open > 0 || (straight & 1) == 1;
    }

    private static string Kinds(string[] words, int anchor)
    {
        var kinds = new List<(string Kind, bool InPart)>();
        Add(kinds, words, anchor);
        for (int j = anchor + 1; j < words.Length; j++)
        {
            if (!Verbs.ContainsKey(words[j]))
                continue;
            int p = Previous(words, j);
            if (p < 0)
                continue;
            var w = words[p];
            if (w is "and" or "but" or "," or ";" or "is" or "are" or "be" or "we" or "part" or "cause" or "case" or "matter" or "action" or "it" or "modified" || Decretal(w))
                Add(kinds, words, j);
        }

        // "affirmed in part, reversed in part", "we affirm … but reverse …": affirmed in part.
        bool affirmed = false, undone = false;
        foreach (var (kind, _) in kinds)
        {
            affirmed |= kind == "affirmed";
            undone |= kind is "reversed" or "vacated";
        }
        bool affirmedInPart = false;
        for (int i = 0; i < kinds.Count; i++)
        {
            if (affirmed && undone && kinds[i].Kind is "affirmed" or "reversed" or "vacated")
                kinds[i] = (kinds[i].Kind, true);
            affirmedInPart |= kinds[i].Kind == "affirmed" && kinds[i].InPart;
        }
        var result = new List<string>();
        string lead = kinds[0].Kind;
        foreach (var (kind, inPart) in kinds)
        {
            string k = kind;
            if (affirmedInPart && inPart && kind is "affirmed" or "reversed" or "vacated" or "modified" or "dismissed")
                k = "affirmed_in_part";
            else if (kind == "modified")
                k = kinds.Count == 1 ? "other" : "";
            else if (kind is "granted" or "denied" && (lead is not ("granted" or "denied") || undone || affirmed))
                k = ""; // a motion ruled on alongside the judgment
            if (k.Length > 0 && !result.Contains(k))
                result.Add(k);
        }
        if (result.Count == 0)
            return "other";
        // "affirmed as modified", "modified and affirmed": the judgment stands.
        return string.Join('+', result);
    }

    private static void Add(List<(string Kind, bool InPart)> kinds, string[] words, int j)
    {
        bool inPart = j + 2 < words.Length && words[j + 1] == "in" && words[j + 2] == "part";
        kinds.Add((Verbs[words[j]].Kind, inPart));
    }
}
