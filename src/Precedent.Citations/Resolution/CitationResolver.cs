using System.Collections.Frozen;
using System.Text;
using Precedent.Citations.Scanning;

namespace Precedent.Citations;

/// <summary>
/// Ties every short form to the authority it means — Id. (Bluebook rule 4.1), short cites, supra, hereinafter
/// aliases, references by name and bare sections — and groups all citations into distinct authorities.
/// </summary>
public sealed class CitationResolver
{
    private static readonly Lazy<CitationResolver> LazyDefault = new(() => new CitationResolver(CitationExtractor.Default));

    /// <summary>A resolver over the default extractor.</summary>
    public static CitationResolver Default => LazyDefault.Value;

    private readonly CitationExtractor _extractor;

    /// <summary>Builds a resolver over an extractor.</summary>
    public CitationResolver(CitationExtractor extractor) => _extractor = extractor;

    /// <summary>Extracts and resolves; opinion parts are detected from the text.</summary>
    public ResolvedDocument Resolve(string text) => Resolve(text, _extractor.Extract(text), null);

    /// <summary>Extracts and resolves within opinion parts found by the caller (the full opinion reader's).</summary>
    public ResolvedDocument Resolve(string text, IReadOnlyList<OpinionPart> parts) => Resolve(text, _extractor.Extract(text), parts);

    /// <summary>Resolves citations already extracted from <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="citations">Its citations in document order.</param>
    /// <param name="parts">Opinion parts; detected from the text when null.</param>
    public ResolvedDocument Resolve(string text, IReadOnlyList<Citation> citations, IReadOnlyList<OpinionPart>? parts)
    {
        parts ??= OpinionParts.Detect(text);
        var n = citations.Count;
        var partOf = new int[n];
        var pk = 0;
        for (var i = 0; i < n; i++)
        {
            while (pk + 1 < parts.Count && citations[i].Start >= parts[pk + 1].Start)
                pk++;
            partOf[i] = pk;
        }
        var state = new State(text, citations, parts, partOf);
        state.IndexLaterFullCitations();
        state.CountCaseStates();
        for (var i = 0; i < n; i++)
        {
            state.ReadLawJurisdiction(i);
            state.ResolveOne(i);
        }
        return state.Build();
    }

    private sealed class State
    {
        private readonly string _text;
        private readonly IReadOnlyList<Citation> _c;
        private readonly IReadOnlyList<OpinionPart> _parts;
        private readonly int[] _partOf;
        private readonly int?[] _antecedent;
        private readonly string?[] _reason;
        private readonly int?[] _rejected;
        private readonly int[] _target; // the full citation each citation ultimately refers to, -1 unknown
        // name → most recent full citations (indexes) using it
        private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
        // volume|reporter → full citations
        private readonly Dictionary<string, List<int>> _byVolume = new(StringComparer.Ordinal);
        private int _lastTitledStatute = -1;
        // section (without subsections) → the latest statute citation with a code that cites it
        private readonly Dictionary<string, int> _lastCodedSection = new(StringComparer.Ordinal);
        // every full citation by volume|reporter, for short cites whose full cite stands later (footnotes that
        // a text prints after the body)
        private readonly Dictionary<string, List<int>> _allByVolume = new(StringComparer.Ordinal);
        // law citations: the code each means (a state's code for one named without its state) and its jurisdiction
        private readonly string?[] _code;
        private readonly string?[] _jurisdiction;
        // state → the latest citation of a law that names the state ("Tex. Penal Code Ann.", "Tex. R. App. P.")
        private readonly Dictionary<string, int> _lastStateLaw = new(StringComparer.Ordinal);
        // the state most of the document's state-court citations come from; null when none leads
        private string? _dominantState;

        /// <summary>
        /// The state of most of the document's case citations (from the court, else a state's own reporter), when
        /// one state has more than any other. Federal courts do not count.
        /// </summary>
        public void CountCaseStates()
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var catalog = Catalog.CitationCatalog.Default;
            foreach (var c in _c)
            {
                if (c.Kind is not (CitationKind.Case or CitationKind.Neutral) || c.ParallelOf is not null)
                    continue;
                string? state = null;
                if (c.Court is { } court)
                    state = catalog.CourtById(court)?.Jurisdiction;
                else if (c.ReporterNormalized is { } r && catalog.FindEdition(r) is { Kind: Catalog.ReporterKind.State, Jurisdictions: [var only] })
                    state = only;
                if (state is null || state == "us")
                    continue;
                counts[state] = counts.GetValueOrDefault(state) + 1;
            }
            int best = 0, second = 0;
            foreach (var (state, count) in counts)
            {
                if (count > best)
                {
                    second = best;
                    best = count;
                    _dominantState = state;
                }
                else if (count > second)
                {
                    second = count;
                }
            }
            if (best == second)
                _dominantState = null;
        }

        /// <summary>
        /// The jurisdiction of a law citation, and for a code named without its state ("Penal Code § 22.02") the
        /// state's code: the state of the nearest earlier law citation that names a state having a code of that name,
        /// else the document's dominant state when it has one, else unknown.
        /// </summary>
        public void ReadLawJurisdiction(int i)
        {
            var c = _c[i];
            if (c.Code is not { } code)
                return;
            var laws = Catalog.LawCatalog.Default;
            var source = c.Kind switch
            {
                CitationKind.Statute or CitationKind.Regulation => laws.Codes.FindCode(code),
                CitationKind.Rule => laws.RuleSets.FindCode(code),
                CitationKind.Constitution => laws.Constitutions.FindCode(code),
                _ => null,
            };
            if (source is null)
                return;
            _code[i] = code;
            if (source.StateCodes.Count == 0)
            {
                _jurisdiction[i] = source.Jurisdiction;
                if (source.Jurisdiction is { Length: 2 } j && j != "us")
                    _lastStateLaw[j] = i;
                return;
            }
            string? chosen = null;
            var latest = -1;
            foreach (var state in source.StateCodes.Keys)
            {
                if (_lastStateLaw.TryGetValue(state, out var k) && k > latest)
                {
                    latest = k;
                    chosen = state;
                }
            }
            if (chosen is null && _dominantState is { } dominant && source.StateCodes.ContainsKey(dominant))
                chosen = dominant;
            if (chosen is null)
                return;
            _code[i] = source.StateCodes[chosen];
            _jurisdiction[i] = chosen;
        }

        public void IndexLaterFullCitations()
        {
            for (var i = 0; i < _c.Count; i++)
            {
                var c = _c[i];
                if (c.Kind is not (CitationKind.Case or CitationKind.Neutral or CitationKind.Journal) || c.Volume is null || c.ReporterNormalized is null)
                    continue;
                var key = c.Volume + "|" + c.ReporterNormalized;
                if (!_allByVolume.TryGetValue(key, out var list))
                    _allByVolume[key] = list = [];
                list.Add(i);
            }
        }

        public State(string text, IReadOnlyList<Citation> c, IReadOnlyList<OpinionPart> parts, int[] partOf)
        {
            _text = text;
            _c = c;
            _parts = parts;
            _partOf = partOf;
            _antecedent = new int?[c.Count];
            _reason = new string?[c.Count];
            _rejected = new int?[c.Count];
            _target = new int[c.Count];
            Array.Fill(_target, -1);
            _code = new string?[c.Count];
            _jurisdiction = new string?[c.Count];
            _notesAt = NotesHeading(text);
        }

        private readonly int _notesAt;

        /// <summary>
        /// Where a line reading only "NOTES" or "FOOTNOTES" stands (the notes set after an opinion's text), or -1.
        /// </summary>
        private static int NotesHeading(string text)
        {
            var from = 0;
            while (from < text.Length)
            {
                var k = text.IndexOf("NOTES", from, StringComparison.Ordinal);
                if (k < 0)
                    return -1;
                var a = k;
                if (a >= 4 && text.AsSpan(a - 4, 4) is "FOOT")
                    a -= 4;
                var b = a;
                while (b > 0 && text[b - 1] is ' ' or '\t')
                    b--;
                var e = k + 5;
                while (e < text.Length && text[e] is ' ' or '\t' or '\r')
                    e++;
                if ((b == 0 || text[b - 1] == '\n') && (e >= text.Length || text[e] == '\n'))
                    return a;
                from = k + 5;
            }
            return -1;
        }

        public void ResolveOne(int i)
        {
            var c = _c[i];
            switch (c.Kind)
            {
                case CitationKind.Case:
                case CitationKind.Neutral:
                case CitationKind.Journal:
                    _target[i] = c.ParallelOf ?? i;
                    if (c.ParallelOf is null)
                        RegisterFull(i);
                    else
                        RegisterVolume(i);
                    break;
                case CitationKind.ShortCase:
                    ResolveShortCase(i);
                    break;
                case CitationKind.Id:
                    ResolveId(i);
                    break;
                case CitationKind.Supra:
                    ResolveByName(i, c.ShortName, "supra");
                    break;
                case CitationKind.Reference:
                    ResolveByName(i, c.ShortName, "reference");
                    break;
                case CitationKind.Statute:
                    ResolveStatute(i);
                    break;
                default:
                    _target[i] = i;
                    break;
            }
        }

        private void RegisterFull(int i)
        {
            var c = _c[i];
            RegisterVolume(i);
            if (c.Alias is { } alias)
                AddName(alias, i);
            if (ReferenceFinder.ShortNameOf(c.CaseName, c.Plaintiff, c.Defendant) is { } sn)
                AddName(sn, i);
            if (c.Plaintiff is { } p)
                AddName(p, i);
            if (c.Defendant is { } d && FirstWord(d) is { Length: >= 3 } dw)
                AddName(dw, i);
            if (c.CaseName is { } name)
                AddName(name, i);
        }

        private void RegisterVolume(int i)
        {
            var c = _c[i];
            if (c.Volume is null || c.ReporterNormalized is null)
                return;
            var key = c.Volume + "|" + c.ReporterNormalized;
            if (!_byVolume.TryGetValue(key, out var list))
                _byVolume[key] = list = [];
            list.Add(i);
        }

        private void AddName(string name, int i)
        {
            if (!_byName.TryGetValue(name, out var list))
                _byName[name] = list = [];
            list.Add(i);
        }

        private static string? FirstWord(string s)
        {
            var sp = s.IndexOf(' ');
            return (sp < 0 ? s : s[..sp]).TrimEnd(',', '.');
        }

        private void ResolveShortCase(int i)
        {
            var c = _c[i];
            var key = c.Volume + "|" + c.ReporterNormalized;
            if (!_byVolume.TryGetValue(key, out var list) || list.Count == 0)
            {
                // The full citation may stand later: texts that print footnotes after the body do that.
                if (_allByVolume.TryGetValue(key, out var later) && BestLater(later, i, c) is var l and >= 0)
                {
                    Link(i, l);
                    return;
                }
                Unresolved(i, $"no earlier full citation of {c.Volume} {c.ReporterNormalized}");
                return;
            }
            var pin = LeadingNumber(c.PinCite);
            var best = -1;
            var bestScore = int.MinValue;
            for (var k = list.Count - 1; k >= 0; k--)
            {
                var cand = list[k];
                var score = 0;
                var page = LeadingNumber(_c[cand].Page);
                if (pin is { } pv && page is { } pg)
                    score += pv >= pg ? (pv - pg < 200 ? 100 - Math.Min(99, (pv - pg) / 3) : 10) : -100;
                if (c.ShortName is { } sn && Target(cand) is var t && t >= 0 && NameMatches(t, sn))
                    score += 200;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = cand;
                }
            }
            if (bestScore < 0 && list.Count > 0 && pin is not null)
            {
                Unresolved(i, $"pin {c.PinCite} lies before the first page of every earlier {c.Volume} {c.ReporterNormalized} citation");
                return;
            }
            Link(i, Target(best));
        }

        /// <summary>The first later full citation of the volume whose pages can hold the pin; -1 when none.</summary>
        private int BestLater(List<int> candidates, int i, Citation shortCite)
        {
            foreach (var k in candidates)
            {
                if (k <= i)
                    continue;
                var head = _c[k].ParallelOf ?? k;
                if (PinFits(shortCite.PinCite, k, slack: 400))
                    return head;
            }
            return -1;
        }

        private bool NameMatches(int full, string name)
        {
            var c = _c[full];
            return name == c.Alias || name == c.Plaintiff || name == c.Defendant || name == c.CaseName
                   || (c.CaseName?.Contains(name, StringComparison.Ordinal) ?? false);
        }

        /// <summary>The full citation a citation ultimately refers to; -1 when it is unresolved.</summary>
        private int Target(int i) => i >= 0 ? _target[i] : -1;

        private void ResolveId(int i)
        {
            // "Id., 115 Hawai'i at 342", "See id. 109 S.Ct. at 1994": the short cite that follows names the case the
            // Id. means.
            if (i + 1 < _c.Count && _c[i + 1] is { Kind: CitationKind.ShortCase } next && next.Start - _c[i].End <= 3
                && _text.AsSpan(_c[i].End, next.Start - _c[i].End).Trim() is var between
                && (between is [','] || (between.IsEmpty && _c[i].PinCite is null)))
            {
                ResolveShortCase(i + 1);
                if (_target[i + 1] >= 0)
                    Link(i, _target[i + 1]);
                else
                    Unresolved(i, "the short citation that follows it is unresolved");
                return;
            }
            // The citation immediately before, at the same nesting level, skipping parallel and history cites.
            var myNest = _c[i].NestedIn;
            var pagePin = _c[i].PinCite is { Length: > 0 } pinText && (char.IsAsciiDigit(pinText[0]) || pinText[0] == '*');
            // "See id., ¶¶ 24-27" after "Wis. Stat. § 100.01": numbered paragraphs are an opinion's or a pleading's
            var paragraphPin = IsParagraphPin(_c[i].PinCite);
            var prev = -1;
            // "… the court recited that “a decree must … [United Shoe, 391 U.S. at 250].” Id.": citations inside a
            // quotation that closes right before the Id. are the quoted author's; the Id. means the source quoted.
            var quoteOpen = -1;
            for (var k = i - 1; k >= 0; k--)
            {
                if (k == i - 1 && myNest is null)
                    quoteOpen = QuotationHolding(k, i);
                if (quoteOpen >= 0 && _c[k].FullEnd > quoteOpen)
                    continue;
                var ck = _c[k];
                if (ck.ParallelOf is not null)
                    continue;
                // A case named in the text is not a citation (Bluebook 4.1: Id. means the authority cited
                // immediately before), and a page pin cannot point into a statute, rule or constitution.
                if (ck.Kind is CitationKind.Reference || (ck.Kind is CitationKind.Statute && ck.Code is null))
                    continue;
                // "Under HRCP Rule 56(c), the court must …": a rule of no named set, named in running text
                if (ck.Kind is CitationKind.Rule && ck.Code is null && ck.Signal is null && InRunningText(ck.FullStart))
                    continue;
                if ((pagePin || paragraphPin) && ck.Kind is CitationKind.Statute or CitationKind.Regulation or CitationKind.Rule or CitationKind.Constitution)
                    continue;
                if (ck.NestedIn is not null && ck.NestedIn != myNest && ck.NestedIn != i)
                    continue; // a cite inside an earlier citation's "(quoting …)"
                if (IsHistoryOfEarlier(k))
                    continue;
                prev = k;
                break;
            }
            if (prev < 0)
            {
                Unresolved(i, quoteOpen >= 0 ? "Id. after a quotation whose citations are the quoted author's, with no citation before it" : "Id. with no earlier citation");
                return;
            }
            if (UnreadCitationBetween(prev, i) is { } unread)
            {
                Unresolved(i, $"Id. follows \u201c{unread}\u201d, a source not read as a citation");
                return;
            }
            // "NOTES [1] … Id.": the first Id. of the notes set after the text cannot mean the text's last citation
            if (_notesAt >= 0 && _c[prev].FullEnd <= _notesAt && _c[i].FullStart > _notesAt && !VolumeFollows(i))
            {
                Unresolved(i, "Id. in the notes, with no citation before it in the notes");
                return;
            }
            if (_partOf[prev] != _partOf[i])
            {
                Unresolved(i, $"Id. would reach from the {_parts[_partOf[i]].Kind} into the {_parts[_partOf[prev]].Kind}");
                return;
            }
            var target = _c[prev].Kind == CitationKind.Id ? (_antecedent[prev] is { } a ? Target(a) : -1) : Target(prev);
            if (target < 0)
            {
                Unresolved(i, _c[prev].Kind == CitationKind.Id ? "the Id. before it is unresolved" : "the citation before it is unresolved");
                return;
            }
            // Inside a parenthetical, an Id. whose pin cannot lie in the nested cite before it means the enclosing case.
            if (_c[i].NestedIn is { } outer && Target(outer) is var ot && ot >= 0 && ot != target
                && PinFits(_c[i].PinCite, ot) && !PinFits(_c[i].PinCite, target))
            {
                target = ot;
            }
            // Bluebook 4.1: after a string citation of several authorities "Id." is ambiguous, even where the pin could
            // lie in only one of them; it stays unresolved and PR010 reports it
            if (IsStringCite(prev, out var other) && Target(other) != target)
            {
                Unresolved(i, "Id. after a string citation of several authorities is ambiguous");
                return;
            }
            // "Id. § 4(b)", "Id. subd. (b)", "Id. cmt. n.4" and "Id. ¶ 12" point into a statute, a rule, a record or a
            // document with numbered paragraphs; "Id. Ex. J" into a record: a case reported by pages has none of them.
            var provisionPin = ProvisionPinFollows(i);
            if ((_c[target].Kind is CitationKind.Case
                 && (provisionPin is not null || ExhibitPinFollows(i) || (IsParagraphPin(_c[i].PinCite) && !HasParagraphs(target))))
                || (_c[target].Kind is CitationKind.Record && provisionPin is not null && !IsDefinedDocument(target)))
            {
                // "… under U.S.S.G. § 3B1.1(a) … Id. cmt. n.4": a provision passed over on the way is what it means
                if (provisionPin is not null && _c[target].Kind is CitationKind.Case && ProvisionBetween(prev, i) is var law && law >= 0)
                {
                    Link(i, law);
                    return;
                }
                Unresolved(i, $"Id. pin {provisionPin ?? (ExhibitPinFollows(i) ? "Ex." : _c[i].PinCite)} cannot point into {Describe(target)}, "
                    + (_c[target].Kind is CitationKind.Record ? "a paper of the record" : "a case reported by pages"));
                _rejected[i] = target;
                return;
            }
            // "Id. at 13" cannot mean a case that starts at page 738: better unresolved than wrong.
            if (pagePin && !PinFits(_c[i].PinCite, target, slack: 400))
            {
                Unresolved(i, $"Id. pin {_c[i].PinCite} lies outside {Describe(target)}, the citation before it");
                _rejected[i] = target;
                return;
            }
            Link(i, target);
        }

        /// <summary>True when a word, not a sentence's or a clause's start, stands right before <paramref name="start"/>.</summary>
        private bool InRunningText(int start)
        {
            var b = TextScan.SkipSpacesBack(_text, start, Math.Max(0, start - 3));
            if (b <= 0 || b == start || !char.IsLetter(_text[b - 1]))
                return false;
            // "See Rule 56(c).", "see also Rule 12": a signal opens a citation sentence
            var w = b;
            while (w > 0 && b - w < 4 && char.IsLetter(_text[w - 1]))
                w--;
            return _text.AsSpan(w, b - w) is not ("See" or "see" or "also" or "Cf" or "cf");
        }

        private const int MaxQuotationLookBack = 1500;
        private const int MaxQuotedTail = 600;

        /// <summary>
        /// When citation <paramref name="k"/> stands inside a quotation that closes right before Id.
        /// <paramref name="i"/> ("… 391 U.S. at 250].” Id.", "… under 42 U.S.C. § 1983 must fail.” Id."), the offset
        /// of the quotation's opening mark; else -1.
        /// The opening mark is looked for at most <see cref="MaxQuotationLookBack"/> characters back, and never past a
        /// closing mark (then the citation stands after a quotation, not inside one).
        /// </summary>
        private int QuotationHolding(int k, int i)
        {
            // the citation that holds k's parallel or parenthetical cites
            var root = k;
            for (var guard = 0; guard < 8 && (_c[root].ParallelOf ?? _c[root].NestedIn) is { } up && up < root; guard++)
                root = up;
            var from = Math.Max(_c[k].FullEnd, _c[root].FullEnd);
            var to = _c[i].FullStart;
            if (to - from > MaxQuotedTail || to <= from)
                return -1;
            // the text after the citation runs to a closing mark ("…].” Id.", "…, p. 3, and no more.\" Id."),
            // with no other quotation mark on the way
            // "… 353].)\" (Ibid.)": the Id.'s own opening bracket is not part of the quotation's tail
            var gap = _text.AsSpan(from, to - from).TrimEnd().TrimEnd('(').TrimEnd();
            gap = gap.TrimEnd(".,;)]");
            if (gap.Length == 0 || gap[^1] is not ('\u201D' or '"') || gap[..^1].IndexOfAny('\u201C', '\u201D', '"') >= 0)
                return -1;
            var start = _c[root].FullStart;
            var limit = Math.Max(0, start - MaxQuotationLookBack);
            var q = _text.AsSpan(limit, start - limit).LastIndexOfAny('\u201C', '\u201D', '"');
            if (q < 0)
                return -1;
            q += limit;
            if (_text[q] == '\u201C')
                return q;
            if (_text[q] == '\u201D')
                return -1;
            // an opening straight quote: after a space or bracket, before a word
            var opens = (q == 0 || TextScan.IsSpace(_text[q - 1]) || _text[q - 1] is '(' or '[')
                && q + 1 < _text.Length && !TextScan.IsSpace(_text[q + 1]);
            return opens ? q : -1;
        }

        private static bool IsParagraphPin(string? pin) => pin is { Length: > 0 } && pin[0] == '\u00B6';

        // Words that open a pin into a statute, a rule or a guideline, never into a page of a reported case.
        private static readonly string[] ProvisionWords = ["subd.", "subds.", "cmt.", "comment", "art.", "cl.", "para."];

        /// <summary>
        /// "Id. § 3(b)", "Id., §§ 4–5", "Id. subd. (b)", "Id. cmt. n.4": the section sign or provision word right after
        /// the Id. core, or null. A Thai "ง" stands for the section sign in text decoded from the Thai code page.
        /// </summary>
        private string? ProvisionPinFollows(int i)
        {
            var j = PinStart(i);
            if (j < 0)
                return null;
            if (_text[j] is '\u00A7' or '\u0E07')
                return "\u00A7";
            foreach (var w in ProvisionWords)
            {
                if (TextScan.StartsWithAt(_text, j, w) && TextScan.AtWordEnd(_text, j + w.Length - (w[^1] == '.' ? 1 : 0)))
                    return w;
            }
            return null;
        }

        /// <summary>"Id. Ex. J", "Id., Exh. 4": an exhibit of the record right after the Id. core.</summary>
        private bool ExhibitPinFollows(int i)
        {
            var j = PinStart(i);
            return j >= 0 && (TextScan.StartsWithAt(_text, j, "Ex.") || TextScan.StartsWithAt(_text, j, "Exh.")
                || TextScan.StartsWithAt(_text, j, "Exs."));
        }

        /// <summary>The authority of the last statute, regulation or rule between two citations, or -1.</summary>
        private int ProvisionBetween(int prev, int i)
        {
            for (var k = i - 1; k > prev; k--)
            {
                if (_c[k].Kind is CitationKind.Statute or CitationKind.Regulation or CitationKind.Rule && _c[k].ParallelOf is null)
                    return Target(k);
                if (_c[k].Kind is not CitationKind.Reference)
                    return -1;
            }
            return -1;
        }

        /// <summary>A document the opinion named by capitals it defined ("SRPFJ"), cited by its sections.</summary>
        private bool IsDefinedDocument(int t)
            => _c[t].Code is { Length: > 1 } code && !code.AsSpan().ContainsAnyExceptInRange('A', 'Z')
                && Catalog.CitationCatalog.Default.Laws.Records.FindCode(code) is null;

        /// <summary>"Id., 36 Cal.3d at p. 10": a volume right after the Id. names the source itself.</summary>
        private bool VolumeFollows(int i)
        {
            var j = _c[i].End;
            if (j >= _text.Length || _text[j] != ',')
                return false;
            j = TextScan.SkipSpaces(_text, j + 1, j + 3);
            return j < _text.Length && char.IsAsciiDigit(_text[j]);
        }

        /// <summary>Where a pin the Id. parser left unread starts (after an optional comma and spaces), or -1.</summary>
        private int PinStart(int i)
        {
            var c = _c[i];
            if (c.PinCite is not null)
                return -1;
            var j = c.End;
            if (j < _text.Length && _text[j] == ',')
                j++;
            j = TextScan.SkipSpaces(_text, j, j + 3);
            return j < _text.Length ? j : -1;
        }

        // States whose courts number the paragraphs of their opinions (most since the late 1990s).
        private static readonly FrozenSet<string> ParagraphStates = FrozenSet.ToFrozenSet(
            ["nd", "sd", "wi", "nm", "ut", "ok", "me", "mt", "wy", "vt", "oh", "ar", "ms", "il", "co", "az", "pa", "ga"],
            StringComparer.Ordinal);

        /// <summary>
        /// True when a paragraph pin can point into the case: a public-domain citation ("2004 ND 119") or one of its
        /// parallels, or a recent case of a state whose courts number paragraphs. Federal cases, and state cases
        /// before paragraph numbering began, are reported by pages only.
        /// </summary>
        private bool HasParagraphs(int full)
        {
            var c = _c[full];
            if (c.Kind is CitationKind.Neutral)
                return true;
            for (var k = full + 1; k < _c.Count && _c[k].ParallelOf == full; k++)
            {
                if (_c[k].Kind is CitationKind.Neutral)
                    return true;
            }
            if (c.Year is { } y && y < 1994)
                return false;
            if (c.Court is not { } court)
                return true; // nothing known
            var jurisdiction = Catalog.CitationCatalog.Default.CourtById(court)?.Jurisdiction;
            return jurisdiction is null || ParagraphStates.Contains(jurisdiction);
        }

        /// <summary>
        /// A source cited in a form this library does not read ("(Smith Decl., Ex. 7.)", "(Report, p. 2)",
        /// "[Findings of Fact] ¶ 161;", "R.93-2 at 1") standing between an Id. and the citation before it: the Id.
        /// then means that source. Only the last stretch of text before the Id. is read.
        /// </summary>
        private string? UnreadCitationBetween(int prev, int i)
        {
            var end = _c[i].FullStart;
            // after any citation passed over on the way (a statute before an Id. with a page pin): its words
            // ("IND. CODE § 35-38-1-15") are read, not a source of their own
            var after = _c[prev].FullEnd;
            for (var k = i - 1; k > prev; k--)
            {
                if (_c[k].Kind is not CitationKind.Reference && _c[k].FullEnd > after)
                {
                    after = _c[k].FullEnd;
                    break;
                }
            }
            var start = Math.Max(Math.Max(after, end - 600), 0);
            return start < end ? UnreadCitations.Find(_text, start, end) : null;
        }

        /// <summary>True when a pin could lie in the cited case (or nothing is known to say it cannot).</summary>
        private bool PinFits(string? pinCite, int full, int slack = 150)
        {
            if (pinCite is { Length: > 0 } && pinCite[0] is '*' or '\u00B6')
                return true;
            var pin = LeadingNumber(pinCite);
            var page = LeadingNumber(_c[full].Page);
            if (pin is null || page is null || _c[full].Kind is not CitationKind.Case)
                return true;
            return pin >= page && pin - page <= slack;
        }

        private string Describe(int full)
        {
            var c = _c[full];
            return c.Volume is not null ? $"{c.Volume} {c.ReporterNormalized} {c.Page}" : c.Text;
        }

        private bool IsHistoryOfEarlier(int k)
        {
            for (var j = k - 1; j >= 0 && j >= k - 6; j--)
            {
                foreach (var h in _c[j].History)
                {
                    if (h.Citation == k)
                        return true;
                }
            }
            return false;
        }

        /// <summary>True when the citation before <paramref name="prev"/> is joined to it by a semicolon in one sentence.</summary>
        private bool IsStringCite(int prev, out int other)
        {
            other = -1;
            var p = _c[prev];
            for (var k = prev - 1; k >= 0; k--)
            {
                var ck = _c[k];
                if (ck.ParallelOf is not null || ck.NestedIn is not null || IsHistoryOfEarlier(k))
                    continue;
                if (ck.FullEnd > p.FullStart)
                    return false;
                var gap = _text.AsSpan(ck.FullEnd, p.FullStart - ck.FullEnd).Trim();
                if (gap.Length > 0 && gap.Length <= 2 && gap[0] == ';')
                {
                    other = k;
                    return true;
                }
                return false;
            }
            return false;
        }

        /// <summary>
        /// Of the citations a name was registered for, the latest whose first party carries the name ("In Fourco,
        /// this Court held" means Fourco Glass Co. v. Transmirra, not the decision below, Transmirra v. Fourco Glass
        /// Co., cited after it); the latest of all when none does.
        /// </summary>
        private int NamedFirst(List<int> list, string name)
        {
            var latest = list[^1];
            if (list.Count == 1)
                return latest;
            for (var k = list.Count - 1; k >= 0 && k >= list.Count - 16; k--)
            {
                var c = _c[list[k]];
                if (c.Kind is CitationKind.Case && c.Plaintiff is { } first
                    && first.StartsWith(name, StringComparison.Ordinal)
                    && (first.Length == name.Length || !char.IsLetter(first[name.Length])))
                {
                    return list[k];
                }
            }
            return latest;
        }

        private void ResolveByName(int i, string? name, string what)
        {
            if (name is null)
            {
                Unresolved(i, $"{what} without a name");
                return;
            }
            if (_byName.TryGetValue(name, out var list) && list.Count > 0)
            {
                Link(i, Target(NamedFirst(list, name)));
                return;
            }
            // Multi-word supra names: "Wright & Miller", "Bush" inside "Bush v. Gore"
            for (var k = i - 1; k >= 0 && k >= i - 400; k--)
            {
                var ck = _c[k];
                if (ck.Kind is CitationKind.Case && ck.ParallelOf is null && ck.CaseName is { } cn
                    && (cn.StartsWith(name + " ", StringComparison.Ordinal) || cn.EndsWith(" " + name, StringComparison.Ordinal)))
                {
                    Link(i, Target(k));
                    return;
                }
            }
            Unresolved(i, $"no earlier full citation named {name}");
        }

        private void ResolveStatute(int i)
        {
            var c = _c[i];
            if (c.Code is not null)
            {
                _target[i] = i;
                _lastTitledStatute = i;
                if (SectionBase(c.Section) is { } coded)
                    _lastCodedSection[coded] = i;
                return;
            }
            // A bare "§ 1983" or "section 1983": the code in scope is the most recent statute citation of the same
            // section, else the most recent statute citation with a code.
            if (_lastTitledStatute < 0)
            {
                Unresolved(i, "a bare section with no code in scope");
                return;
            }
            var scope = _lastTitledStatute;
            if (SectionBase(c.Section) is { } section && _lastCodedSection.TryGetValue(section, out var same))
                scope = same;
            _antecedent[i] = scope;
            _code[i] = _code[scope];
            _jurisdiction[i] = _jurisdiction[scope];
            _target[i] = i; // its own authority: title + code of the antecedent, its own section
        }

        private void Link(int i, int target)
        {
            if (target < 0)
            {
                Unresolved(i, "the earlier citation is unresolved");
                return;
            }
            _antecedent[i] = target;
            _target[i] = target;
        }

        private void Unresolved(int i, string reason)
        {
            _reason[i] = reason;
            _target[i] = -1;
        }

        private static int? LeadingNumber(string? s)
        {
            if (s is null)
                return null;
            var span = s.AsSpan().TrimStart("*\u00B6 ");
            var v = 0;
            var any = false;
            foreach (var ch in span)
            {
                if (!char.IsAsciiDigit(ch))
                    break;
                any = true;
                v = (v * 10) + (ch - '0');
                if (v > 10_000_000)
                    return null;
            }
            return any ? v : null;
        }

        public ResolvedDocument Build()
        {
            var n = _c.Count;
            var authorityOf = new int?[n];
            var keyToAuthority = new Dictionary<string, int>(StringComparer.Ordinal);
            var targetAuthority = new Dictionary<int, int>();
            var builders = new List<(string Kind, string Label, List<int> Cites, List<string> Names)>();
            for (var i = 0; i < n; i++)
            {
                var t = _target[i];
                if (t < 0)
                    continue;
                if (!targetAuthority.TryGetValue(t, out var a))
                {
                    var key = AuthorityKey(t);
                    if (!keyToAuthority.TryGetValue(key, out a))
                    {
                        a = builders.Count;
                        keyToAuthority[key] = a;
                        builders.Add((AuthorityKind(_c[t].Kind), Label(t), [], []));
                    }
                    targetAuthority[t] = a;
                    // every parallel member's key points to the same authority
                    for (var k = t + 1; k < n && _c[k].ParallelOf == t; k++)
                        keyToAuthority.TryAdd(AuthorityKey(k), a);
                }
                authorityOf[i] = a;
                builders[a].Cites.Add(i);
                var c = _c[i];
                if (c.Alias is { } alias && !builders[a].Names.Contains(alias))
                    builders[a].Names.Add(alias);
                if ((c.Kind is CitationKind.Case && c.ParallelOf is null) && ReferenceFinder.ShortNameOf(c.CaseName, c.Plaintiff, c.Defendant) is { } sn
                    && !builders[a].Names.Contains(sn))
                    builders[a].Names.Add(sn);
                if (c.Kind is CitationKind.ShortCase or CitationKind.Supra or CitationKind.Reference && c.ShortName is { } used
                    && !builders[a].Names.Contains(used))
                    builders[a].Names.Add(used);
            }
            var authorities = new List<Authority>(builders.Count);
            for (var a = 0; a < builders.Count; a++)
            {
                var b = builders[a];
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var ci in b.Cites)
                {
                    if (_c[ci].ParallelOf is not null)
                        continue;
                    var part = _parts[_partOf[ci]].Kind;
                    counts[part] = counts.GetValueOrDefault(part) + 1;
                }
                var aliasName = b.Names.FirstOrDefault(nm => b.Cites.Any(ci => _c[ci].Alias == nm));
                authorities.Add(new Authority
                {
                    Index = a,
                    Kind = b.Kind,
                    Label = b.Label,
                    Citations = b.Cites,
                    ShortName = aliasName ?? b.Names.FirstOrDefault(),
                    ShortNames = b.Names,
                    CountsByPart = counts,
                });
            }
            return new ResolvedDocument(_text, _c, _parts, _antecedent, authorityOf, _reason, authorities, _partOf, _rejected,
                _code, _jurisdiction);
        }

        private string AuthorityKey(int t)
        {
            var c = _c[t];
            switch (c.Kind)
            {
                case CitationKind.Journal when c.Volume is null && c.Page is null && c.Code is not null:
                    // a treatise or restatement cited by section: "Restatement (Second) of Torts § 402A"
                    return $"treatise|{c.Code}|{SectionBase(c.Section)}";
                case CitationKind.Case:
                case CitationKind.Neutral:
                case CitationKind.Journal:
                    return $"{c.Kind.ToContractName()}|{c.Volume}|{c.ReporterNormalized}|{c.Page}";
                case CitationKind.Statute:
                    var (title, code) = StatuteScope(t);
                    return $"statute|{title}|{code}|{SectionBase(c.Section)}";
                case CitationKind.Constitution:
                    // each provision as cited: "amend. IV", "amend. XIV, § 1", "art. III, § 2"
                    return $"{c.Kind.ToContractName()}|{c.Code}|{ProvisionBase(c.Section) ?? c.Text}";
                case CitationKind.Record:
                    // the record is one authority and its pages are pins; each exhibit or tab is a paper of its own
                    return c.Code is "Ex." or "Tab"
                        ? $"{c.Kind.ToContractName()}|{c.Title}|{c.Code}|{c.Section}"
                        : $"{c.Kind.ToContractName()}|{c.Title}|{c.Code ?? c.Text}";
                default:
                    return $"{c.Kind.ToContractName()}|{c.Title}|{c.Code}|{SectionBase(c.Section) ?? c.Text}";
            }
        }

        private (string? Title, string? Code) StatuteScope(int t)
        {
            var c = _c[t];
            if (c.Code is null && _antecedent[t] is { } a)
                return (_c[a].Title, _code[a] ?? _c[a].Code);
            return (c.Title, _code[t] ?? c.Code);
        }

        private static string? SectionBase(string? section)
        {
            if (section is null)
                return null;
            var p = section.IndexOfAny(['(', ' ', ',']);
            return p > 0 ? section[..p] : section;
        }

        private static string? ProvisionBase(string? section)
        {
            if (section is null)
                return null;
            return Parsers.CaseCitationParser.CollapseSpaces(section);
        }

        private static string AuthorityKind(CitationKind k) => k switch
        {
            CitationKind.Case or CitationKind.ShortCase => "case",
            CitationKind.Statute => "statute",
            CitationKind.Regulation => "regulation",
            CitationKind.Rule => "rule",
            CitationKind.Constitution => "constitution",
            CitationKind.Journal => "journal",
            CitationKind.Neutral => "neutral",
            CitationKind.Record => "record",
            _ => "other",
        };

        private string Label(int t)
        {
            var c = _c[t];
            var sb = new StringBuilder();
            switch (c.Kind)
            {
                case CitationKind.Journal when c.Volume is null && c.Page is null && c.Code is not null:
                    sb.Append(c.Code);
                    if (c.Section is { } treatiseSection)
                        sb.Append(" § ").Append(SectionBase(treatiseSection));
                    if (c.Year is { } treatiseYear)
                        sb.Append(" (").Append(treatiseYear).Append(')');
                    return sb.ToString();
                case CitationKind.Case:
                case CitationKind.Neutral:
                case CitationKind.Journal:
                    if (c.CaseName is { } name)
                        sb.Append(name).Append(", ");
                    sb.Append(c.Volume).Append(' ').Append(c.ReporterNormalized).Append(' ').Append(c.Page);
                    if (c.Year is { } y)
                    {
                        sb.Append(" (");
                        if (c.CourtText is { } ct && c.Court != "scotus")
                            sb.Append(ct).Append(' ');
                        sb.Append(y).Append(')');
                    }
                    return sb.ToString();
                case CitationKind.Statute:
                    var (title, code) = StatuteScope(t);
                    if (title is not null)
                        sb.Append(title).Append(' ');
                    if (code is not null)
                        sb.Append(code).Append(' ');
                    if (c.Section is { } s)
                    {
                        if (IsArticle(c.Text))
                            sb.Append("art. ");
                        else if (code is null || !code.Contains("ILCS", StringComparison.Ordinal))
                            sb.Append("§ ");
                        sb.Append(s);
                    }
                    return sb.Length > 0 ? sb.ToString().Trim() : CaseCitationParserText(c);
                default:
                    if (c.Title is not null)
                        sb.Append(c.Title).Append(' ');
                    if (c.Code is not null)
                        sb.Append(c.Code).Append(' ');
                    if (c.Kind == CitationKind.Regulation && c.Code is "C.F.R." or "U.S.S.G." && c.Section is not null)
                        sb.Append("§ ");
                    if (c.Kind == CitationKind.Constitution && c.Section is not null)
                        sb.Append(ProvisionBase(c.Section));
                    else if (c.Kind == CitationKind.Record)
                        sb.Length = Math.Max(0, sb.Length - 1);
                    else if (c.Section is not null)
                        sb.Append(c.Section);
                    return sb.Length > 0 ? sb.ToString().Trim() : CaseCitationParserText(c);
            }
        }

        /// <summary>"Tex. Code Crim. Proc. Ann. art. 38.23", "Code Crim. Proc. article 11.07": an article, not a section.</summary>
        private static bool IsArticle(string text)
        {
            var k = text.IndexOf("art", StringComparison.OrdinalIgnoreCase);
            while (k >= 0)
            {
                var end = k + 3;
                if ((k == 0 || !char.IsLetter(text[k - 1])) && end < text.Length
                    && (text[end] == '.' || text.AsSpan(end).StartsWith("icle", StringComparison.OrdinalIgnoreCase)))
                    return true;
                k = text.IndexOf("art", end, StringComparison.OrdinalIgnoreCase);
            }
            return false;
        }

        private static string CaseCitationParserText(Citation c) => Parsers.CaseCitationParser.CollapseSpaces(c.Text);
    }
}
