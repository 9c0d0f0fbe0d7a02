using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Precedent.Citations.Catalog;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Reads what an opinion's caption states: court, docket numbers, decision date, parties, case name, panel, and
/// where the opinion proper begins.
/// </summary>
/// <remarks>
/// Only the caption region is read: the first lines of the text (at most 6,000 characters), up to the author line
/// ("DAVIS, Judge."), "PER CURIAM" or the first paragraph of prose. A slip opinion that repeats its docket and style on
/// a line of its own ("No. 00-1153, Ernest Medina v. Michael Cram, et al.") gives the docket and the parties when the
/// caption does not.
/// </remarks>
public static partial class CaptionReader
{
    private const int RegionChars = 6000;
    private const int RegionLines = 80;
    private const int MaxFieldLine = 220;

    /// <summary>Reads the caption of <paramref name="text"/>; a caption stating nothing when none is found.</summary>
    /// <param name="text">The opinion's plain text.</param>
    public static Caption Read(string text)
    {
        if (string.IsNullOrEmpty(text))
            return Caption.Empty;
        try
        {
            return new Reading(text).Run();
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or InvalidOperationException
                                      or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return Caption.Empty;
        }
    }

    private readonly record struct Line(int Start, int End, string Text)
    {
        public string Trimmed => Text.Trim();
        public bool Blank => Text.AsSpan().Trim().IsEmpty;
    }

    private enum Kind
    {
        None,
        Blank,
        Court,
        Docket,
        Date,
        Judges,
        LowerCourt,
        Citation,
        Heading,
        Counsel,
        Versus,
    }

    private sealed class Reading(string text)
    {
        private readonly CaptionVocabulary _vocab = CaptionVocabulary.Default;
        private readonly List<Line> _lines = [];
        private Kind[] _kinds = [];
        private Court? _court;
        private readonly List<string> _dockets = [];
        private DateOnly? _date;
        private int _dateScore;
        private int _dateLine = -1;
        private readonly List<string> _judges = [];
        private int _bodyStart = -1;
        private int _lastCaptionLine = -1;

        public Caption Run()
        {
            SplitRegion();
            _kinds = new Kind[_lines.Count];
            int stop = _lines.Count;
            bool lowerCourt = false;
            bool boilerplate = false;
            bool notice = false;
            for (int i = 0; i < _lines.Count; i++)
            {
                var line = _lines[i];
                var t = line.Trimmed;
                if (t.Length == 0)
                {
                    _kinds[i] = Kind.Blank;
                    if (lowerCourt && i > 0 && _kinds[i - 1] == Kind.Blank)
                        lowerCourt = false;
                    continue;
                }

                if (notice)
                {
                    // the wrapped end of a notice above the caption ("… prepared by the Reporter of Decisions for the
                    // convenience of the reader.")
                    var previous = PreviousNonBlank(i) ?? "";
                    if (!previous.EndsWith('.') && !EndsWithRole(t))
                    {
                        _kinds[i] = Kind.Heading;
                        continue;
                    }

                    notice = false;
                }

                if (_kinds[i] == Kind.Court)
                {
                    // the second line of a court name read with the line before
                    _lastCaptionLine = i;
                    continue;
                }

                if (t.StartsWith("****", StringComparison.Ordinal) && i < 40)
                {
                    boilerplate = !boilerplate;
                    _kinds[i] = Kind.Heading;
                    continue;
                }

                if (boilerplate)
                {
                    _kinds[i] = Kind.Heading;
                    continue;
                }

                var left = LeftColumn(t);
                if (JudgesStart().IsMatch(left))
                {
                    int end = i;
                    var sb = new StringBuilder(t);
                    while (!sb.ToString().TrimEnd().EndsWith('.') && end + 1 < _lines.Count && end - i < 3 && !_lines[end + 1].Blank
                           && !_lines[end + 1].Trimmed.StartsWith('(') && !DateText().IsMatch(_lines[end + 1].Text))
                    {
                        end++;
                        sb.Append(' ').Append(_lines[end].Trimmed);
                        _kinds[end] = Kind.Judges;
                    }

                    ReadJudges(sb.ToString());
                    _kinds[i] = Kind.Judges;
                    _lastCaptionLine = end;
                    i = end;
                    lowerCourt = false;
                    continue;
                }

                if (lowerCourt && _kinds[i - 1] == Kind.LowerCourt && _lines[i - 1].Trimmed.EndsWith(','))
                {
                    // "… in Nos. 00-CV-395, 00-CV-396,\nChief Judge Emily C. Hewitt.": the lower court's judge, not an author line
                    _kinds[i] = Kind.LowerCourt;
                    continue;
                }

                if (IsBodyStart(left))
                {
                    if (OpinionByAlone().IsMatch(left) || (_lastCaptionLine < 0 && CourtFollows(i)))
                    {
                        // "OPINION BY" over the author's name in a right column, or a running head ("ALITO, J.,
                        // concurring") printed above the court's name
                        _kinds[i] = Kind.Heading;
                        continue;
                    }

                    if (t.Length <= MaxFieldLine && ColumnGap(t, 0) > 0)
                        ReadDates(i, t);  // "OPINION BY DUBOW, J.:      FILED MAY 19, 2016"
                    _bodyStart = line.Start + (line.Text.Length - line.Text.TrimStart().Length);
                    stop = i;
                    break;
                }

                if (LowerCourtStart().IsMatch(left))
                {
                    lowerCourt = true;
                    _kinds[i] = Kind.LowerCourt;
                    continue;
                }

                if (lowerCourt)
                {
                    var previous = PreviousNonBlank(i) ?? "";
                    bool open = !previous.TrimEnd().EndsWith('.') && !previous.TrimEnd().EndsWith(')') && !JudgesStart().IsMatch(left)
                                && !DateText().IsMatch(left) && !left.StartsWith("No", StringComparison.Ordinal);
                    if (open || (IsLowerCourtContinuation(left) && !(left.StartsWith("No", StringComparison.OrdinalIgnoreCase) && DateText().IsMatch(t))))
                    {
                        _kinds[i] = Kind.LowerCourt;
                        continue;
                    }

                    lowerCourt = false;
                }

                if (IsProse(t) && !IsPartyLine(i, t))
                {
                    if ((_lastCaptionLine < 0 || (i < 40 && _date is null && !SawVersus(i))) && CaptionFollows(i, strong: _lastCaptionLine >= 0))
                    {
                        // a notice or headnote printed above the caption
                        _kinds[i] = Kind.Heading;
                        notice = true;
                        continue;
                    }

                    if (_lastCaptionLine >= 0)
                        _bodyStart = line.Start + (line.Text.Length - line.Text.TrimStart().Length);
                    else
                        ReadLeadingDate(t);
                    stop = i;
                    break;
                }

                _kinds[i] = Classify(i, t, left);
                if (_kinds[i] is Kind.Court or Kind.Docket or Kind.Date or Kind.Versus)
                    _lastCaptionLine = i;
            }

            if (_date is null)
                ReadDatesAfter(stop);
            if (_date is null)
                ReadTailDate(stop);

            var (caseName, fullName, parties) = ReadParties(stop);
            if (parties is not null || caseName is not null)
                _lastCaptionLine = Math.Max(_lastCaptionLine, 0);

            if (_dockets.Count == 0 || caseName is null)
                ReadRepeatedStyle(ref caseName, ref fullName, ref parties);

            bool any = _court is not null || _dockets.Count > 0 || _date is not null || caseName is not null || _judges.Count > 0;
            int bodyStart = 0;
            if (any && _lastCaptionLine >= 0)
            {
                if (_bodyStart >= 0)
                    bodyStart = _bodyStart;
                else if (_lastCaptionLine + 1 < _lines.Count)
                    bodyStart = _lines[_lastCaptionLine + 1].Start;
                else if (_lines.Count > 0)
                    bodyStart = _lines[^1].End;
            }

            return new Caption(
                _court is null ? null : new CourtRef(_court.Id, _court.Name),
                [.. _dockets.Distinct(StringComparer.OrdinalIgnoreCase)],
                _date,
                caseName,
                fullName,
                parties,
                [.. _judges.Distinct(StringComparer.Ordinal)],
                bodyStart);
        }

        private void SplitRegion()
        {
            int pos = 0, nonBlank = 0;
            while (pos < text.Length && pos < RegionChars && nonBlank < RegionLines)
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl;
                int visibleEnd = end > pos && text[end - 1] == '\r' ? end - 1 : end;
                var line = new Line(pos, visibleEnd, text[pos..visibleEnd]);
                _lines.Add(line);
                if (!line.Blank)
                    nonBlank++;
                pos = end + 1;
            }
        }

        private Kind Classify(int i, string t, string left)
        {
            if (IsVersus(left))
            {
                // "v.   Record No. 041584      OPINION BY JUSTICE …": a docket in the right column
                if (t.Length <= MaxFieldLine && t.Length > left.Length)
                    ReadDockets(t[left.Length..]);
                return Kind.Versus;
            }

            if (CitationLine().IsMatch(t) || t.StartsWith('*') || t.StartsWith("Page ", StringComparison.Ordinal))
                return Kind.Citation;
            if (CounselLine().IsMatch(t))
                return Kind.Counsel;

            var kind = Kind.None;
            if (t.Length <= MaxFieldLine && ReadDockets(t) && (DocketLabel().IsMatch(left) || BareDocket().IsMatch(left)))
                kind = Kind.Docket;
            if (t.Length <= MaxFieldLine && ReadDates(i, t))
                kind = kind == Kind.None || DateLineOnly().IsMatch(left) ? Kind.Date : kind;
            if (_court is null && left.Length <= 160 && CourtWord().IsMatch(left) && !left.Contains(" v. ", StringComparison.Ordinal)
                && PreviousKind(i) != Kind.Versus && !left.Split(',').Skip(1).Any(piece => IsRole(piece.Trim().TrimEnd('.', ';'))))
            {
                if (ReadCourt(i, left))
                    return Kind.Court;
            }

            if (kind != Kind.None)
                return kind;
            if (HeadingLine().IsMatch(left))
                return Kind.Heading;
            return Kind.None;
        }

        private Kind PreviousKind(int i)
        {
            for (int k = i - 1; k >= 0; k--)
            {
                if (_kinds[k] != Kind.Blank)
                    return _kinds[k];
            }

            return Kind.None;
        }

        private bool ReadCourt(int i, string left)
        {
            var alone = CourtNameMatcher.Match(left);
            int next = i + 1;
            while (next < _lines.Count && next <= i + 6 && _lines[next].Blank)
                next++;
            Court? combined = null;
            string nextLeft = next < _lines.Count ? LeftColumn(_lines[next].Trimmed) : "";
            if (nextLeft.Length > 0 && nextLeft.Length <= 80 && !nextLeft.Contains(" v. ", StringComparison.Ordinal)
                && !nextLeft.StartsWith("No", StringComparison.OrdinalIgnoreCase) && !DateText().IsMatch(nextLeft))
                combined = CourtNameMatcher.Match(left + " " + nextLeft);
            var chosen = alone;
            if (combined is not null && (alone is null || (combined.Id != alone.Id && combined.Jurisdiction == alone.Jurisdiction
                                                            && CourtNameMatcher.Match(nextLeft) is null)))
            {
                chosen = combined;
                _kinds[next] = Kind.Court;
            }

            if (chosen is null)
                return false;
            _court = chosen;
            return true;
        }

        private bool ReadDockets(string t)
        {
            bool found = false;
            foreach (Match m in DocketLabel().Matches(t))
            {
                int before = m.Index;
                var prefix = t.AsSpan(Math.Max(0, before - 12), before - Math.Max(0, before - 12));
                if (prefix.EndsWith("D.C. ", StringComparison.Ordinal) || prefix.EndsWith("Ct. ", StringComparison.OrdinalIgnoreCase)
                    || prefix.EndsWith("Court ", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith("BAP ", StringComparison.Ordinal)
                    || prefix.EndsWith("Trial ", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith("Lower ", StringComparison.OrdinalIgnoreCase)
                    || prefix.EndsWith("Agency ", StringComparison.OrdinalIgnoreCase) || prefix.EndsWith("Tax Ct. ", StringComparison.Ordinal)
                    || prefix.EndsWith("Indictment ", StringComparison.OrdinalIgnoreCase))
                    continue;
                var rest = t.AsSpan(m.Index + m.Length);
                foreach (var d in DocketList(rest))
                {
                    _dockets.Add(d);
                    found = true;
                }
            }

            if (!found)
            {
                var left = LeftColumn(t);
                var bare = BareDocket().Match(left);
                if (bare.Success)
                {
                    _dockets.Add(bare.Groups["d"].Value);
                    found = true;
                }
            }

            return found;
        }

        private static List<string> DocketList(ReadOnlySpan<char> rest)
        {
            var result = new List<string>();
            rest = rest.TrimStart(" :");
            // "No. CIV.A. 05-4044", "No. Civil 4-80-425": the kind of case before the number
            var kind = CaseKindPrefix().Match(rest.Length > 20 ? rest[..20].ToString() : rest.ToString());
            if (kind.Success)
                rest = rest[kind.Length..];
            var m = DocketNumbers().Match(rest.Length > 160 ? rest[..160].ToString() : rest.ToString());
            if (!m.Success)
                return result;
            foreach (Capture c in m.Groups["d"].Captures)
            {
                var d = c.Value.TrimEnd('.', ',', ';', ':');
                if (d.Any(char.IsDigit))
                    result.Add(d);
            }

            return result;
        }

        private bool ReadDates(int i, string t, bool strict = false)
        {
            bool found = false;
            var above = i > 0 ? PreviousNonBlank(i) : null;
            bool filedAbove = above is not null && above.TrimEnd().EndsWith("FILED", StringComparison.Ordinal);
            // "Submitted Pursuant to Third Circuit LAR 34.1(a)\nMarch 11, 2008": a bare date under a label of its own
            bool eventAbove = above is not null && !DateText().IsMatch(above) && HasBadLabel(above);
            int previousEnd = 0;
            foreach (Match m in DateText().Matches(t))
            {
                var date = ParseDate(m);
                if (date is null)
                    continue;
                // The label is the last column of text before the date: "Decided:   June 4, 2013" but not
                // "NOT FOR PUBLICATION        JUN 14 2011".
                var before = t[previousEnd..m.Index];
                var columns = before.Split("   ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var label = columns.Length == 0 || (before.EndsWith("   ", StringComparison.Ordinal) && !columns[^1].EndsWith(':')) ? "" : columns[^1];
                previousEnd = m.Index + m.Length;
                int score = ScoreLabel(label, m, t, filedAbove);
                if (score == 2 && eventAbove && label.Length == 0)
                    continue;
                if (score <= 0)
                    continue;
                if (strict && !ShortLabel(t.AsSpan(0, m.Index)))
                    continue;
                found = true;
                if (score > _dateScore)
                {
                    _dateScore = score;
                    _date = date;
                    _dateLine = score == 2 ? i : -1;
                }
                else if (score == 2 && _dateScore == 2 && _dateLine >= 0 && _dateLine == PreviousNonBlankIndex(i) && date > _date)
                {
                    // "February 12, 1973.\nMay 15, 1973.": a run of dates alone on their lines ends with the decision
                    _date = date;
                    _dateLine = i;
                }
            }

            return found;
        }

        /// <summary>Whether the text before a date is a short label ("Filed:", "Opinion delivered and filed") and no prose.</summary>
        private static bool ShortLabel(ReadOnlySpan<char> before)
        {
            var label = before.Trim().TrimStart("([").Trim();
            if (label.Length > 40)
                return false;
            int words = 0;
            bool inWord = false;
            foreach (var ch in label)
            {
                if (char.IsDigit(ch))
                    return false;
                bool letter = char.IsLetter(ch);
                if (letter && !inWord)
                    words++;
                inWord = letter;
            }

            return words <= 5;
        }

        private int PreviousNonBlankIndex(int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                if (!_lines[k].Blank)
                    return k;
            }

            return -1;
        }

        /// <summary>Labelled dates on the short lines just after the body starts ("PER CURIAM / Sitting: … / Delivered and Filed: March 27, 2002").</summary>
        private void ReadDatesAfter(int stop)
        {
            int seen = 0;
            for (int k = stop + 1; k < _lines.Count && seen < 8; k++)
            {
                if (_lines[k].Blank)
                    continue;
                seen++;
                var t = _lines[k].Trimmed;
                if (IsProse(t))
                    return;
                if (t.Length <= MaxFieldLine)
                    ReadDates(k, t, strict: true);
                if (_dateScore < 3)
                {
                    _date = null;
                    _dateScore = 0;
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>
        /// A date on one of the last lines of the text ("Filed: September 30, 2009 / Do Not Publish", "DECIDED JANUARY 7,
        /// 1944.", a date under the judge's signature), read when the caption states none.
        /// </summary>
        private void ReadTailDate(int stop)
        {
            const int TailChars = 3000, TailLines = 15;
            int captionEnd = stop < _lines.Count ? _lines[stop].End : _lines.Count > 0 ? _lines[^1].End : 0;
            int from = Math.Max(captionEnd, text.Length - TailChars);
            if (from >= text.Length)
                return;
            var tail = new List<string>();
            int end = text.Length;
            while (end > from && tail.Count < TailLines)
            {
                int nl = text.LastIndexOf('\n', end - 1, end - from);
                int start = nl < 0 ? from : nl + 1;
                if (nl < 0 && from > 0)
                    break;  // a line cut by the window
                var line = text.AsSpan(start, end - start).Trim();
                if (!line.IsEmpty)
                    tail.Add(line.Length > MaxFieldLine ? "" : line.ToString());
                end = nl < 0 ? from : nl;
            }

            // read top-down so that a date under a label wins over a later bare one of the same strength
            for (int k = tail.Count - 1; k >= 0; k--)
            {
                var t = tail[k];
                if (t.Length == 0 || IsProse(t))
                    continue;
                foreach (Match m in DateText().Matches(t))
                {
                    var date = ParseDate(m);
                    if (date is null || !ShortLabel(t.AsSpan(0, m.Index)))
                        continue;
                    var label = t[..m.Index].Trim();
                    int score = ScoreLabel(label, m, t, filedAbove: false);
                    if (score == 2 && k + 1 < tail.Count && HasBadLabel(tail[k + 1]))
                        continue;  // a bare date under "ON REHEARING."

                    if (score > _dateScore)
                    {
                        _dateScore = score;
                        _date = date;
                    }
                }
            }
        }

        /// <summary>"March 3, 1924. The opinion of the Court was delivered by …": a date opening the first paragraph.</summary>
        private void ReadLeadingDate(string t)
        {
            var s = t.AsSpan();
            if (s.StartsWith("[") && s.Length > 1)
            {
                int close = s[..Math.Min(s.Length, 400)].IndexOf(']');
                if (close < 0)
                    return;
                s = s[(close + 1)..].TrimStart();
            }

            for (int guard = 0; guard < 4 && s.StartsWith("*"); guard++)
            {
                int space = s.IndexOf(' ');
                if (space < 0)
                    return;
                var mark = s[..space];
                s = s[(space + 1)..].TrimStart();
                if (mark.SequenceEqual("*Page") && s.Length > 0 && char.IsDigit(s[0]))
                {
                    int next = s.IndexOf(' ');
                    s = next < 0 ? [] : s[(next + 1)..].TrimStart();
                }
            }

            var head = s.Length > 40 ? s[..40].ToString() : s.ToString();
            var m = DateText().Match(head);
            if (!m.Success || m.Index != 0 || m.Length >= head.Length || head[m.Length] != '.')
                return;
            if (ParseDate(m) is { } date && _dateScore < 2)
            {
                _date = date;
                _dateScore = 2;
            }
        }

        private bool CourtFollows(int i)
        {
            int seen = 0;
            for (int k = i + 1; k < _lines.Count && seen < 4; k++)
            {
                if (_lines[k].Blank)
                    continue;
                seen++;
                var left = LeftColumn(_lines[k].Trimmed);
                if (left.Length <= 160 && CourtWord().IsMatch(left) && CourtNameMatcher.Match(left) is not null)
                    return true;
            }

            return false;
        }

        private bool SawVersus(int i)
        {
            for (int k = 0; k < i; k++)
            {
                if (_kinds[k] == Kind.Versus)
                    return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a caption (a "v." line, a court's name or, unless <paramref name="strong"/>, a docket number) follows
        /// within a dozen lines.
        /// </summary>
        private bool CaptionFollows(int i, bool strong = false)
        {
            int seen = 0;
            for (int k = i + 1; k < _lines.Count && seen < 12; k++)
            {
                if (_lines[k].Blank)
                    continue;
                seen++;
                var t = _lines[k].Trimmed;
                var left = LeftColumn(t);
                if (IsVersus(left) || (!strong && left.Length <= 60 && DocketLabel().Match(left) is { Success: true, Index: 0 }))
                    return true;
                if (left.Length <= 160 && CourtWord().IsMatch(left) && !IsProse(t) && CourtNameMatcher.Match(left) is not null)
                    return true;
            }

            return false;
        }

        /// <summary>
        /// A long line of a party block: it ends with the party's role ("…, individually and in his official capacity,
        /// Appellants,"), follows a "v." line, or leads to one.
        /// </summary>
        private bool IsPartyLine(int i, string t)
        {
            if (EndsWithRole(t) || PreviousKind(i) == Kind.Versus)
                return true;
            if (!t.EndsWith(',') && !t.EndsWith(';'))
                return false;
            int seen = 0;
            for (int k = i + 1; k < _lines.Count && seen < 3; k++)
            {
                if (_lines[k].Blank)
                    continue;
                seen++;
                var next = _lines[k].Trimmed;
                if (IsVersus(LeftColumn(next)) || EndsWithRole(next))
                    return true;
                if (EndsSentence(next))
                    return false;
            }

            return false;
        }

        private bool EndsWithRole(string t)
        {
            if (t.Length == 0 || t[^1] is not (',' or '.' or ';' or ':'))
                return false;
            var body = t.AsSpan().TrimEnd(",.;: ");
            int comma = body.LastIndexOf(',');
            if (comma < 0)
                return false;
            var piece = body[(comma + 1)..].Trim();
            return piece.Length > 0 && char.IsUpper(piece[0]) && IsRole(piece.ToString());
        }

        private bool HasBadLabel(string line)
        {
            // whole words only: "term" but not "Intermediate"
            var l = line.ToLowerInvariant();
            foreach (var w in _vocab.BadDateLabels)
            {
                for (int at = l.IndexOf(w, StringComparison.Ordinal); at >= 0; at = l.IndexOf(w, at + 1, StringComparison.Ordinal))
                {
                    if (at == 0 || !char.IsLetter(l[at - 1]))
                        return true;
                }
            }

            return false;
        }

        private static bool IsVersus(string left) =>
            left is "v." or "v" or "V" or "V." or "vs." or "VS." or "vs" or "versus" or "VERSUS" or "against" or "AGAINST" or "-against-" or "- against -" or "-v-" or "- v -" or "v.s.";

        private string? PreviousNonBlank(int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                if (!_lines[k].Blank)
                    return _lines[k].Trimmed;
            }

            return null;
        }

        private int ScoreLabel(string label, Match m, string line, bool filedAbove)
        {
            var l = label.ToLowerInvariant();
            int good = -1, bad = -1;
            foreach (var w in _vocab.GoodDateLabels)
                good = Math.Max(good, l.LastIndexOf(w, StringComparison.Ordinal));
            foreach (var w in _vocab.BadDateLabels)
                bad = Math.Max(bad, l.LastIndexOf(w, StringComparison.Ordinal));
            if (bad > good)
                return 0;
            if (good >= 0)
                return 3;
            bool numeric = m.Groups["nm"].Success;
            if (numeric)
                return 0;
            if (filedAbove)
                return 3;
            var segment = DateSegment(LeftColumnAt(line, m.Index));
            if (DateLineOnly().IsMatch(segment))
                return 2;
            if (m.Index == 0 && m.Length < line.Length && line[m.Length] is ',' or '.' or ';')
            {
                // "Dec. 15, 1967, Certiorari Denied April 22, 1968": the decision, then a later event
                if (HasBadLabel(line.Substring(m.Length, Math.Min(line.Length - m.Length, 60))))
                    return 2;
            }

            return 0;
        }

        /// <summary>"(November 29, 2011)", "[April 20, 2017]", "June 6, 1930. *Page 536" → the date alone.</summary>
        private static string DateSegment(string segment)
        {
            int star = segment.IndexOf(" *", StringComparison.Ordinal);
            if (star > 0)
                segment = segment[..star];
            segment = segment.Trim();
            if (segment.Length > 2 && ((segment[0] == '(' && segment[^1] == ')') || (segment[0] == '[' && segment[^1] == ']')))
                segment = segment[1..^1].Trim();
            return segment;
        }

        private static DateOnly? ParseDate(Match m)
        {
            int year, month, day;
            if (m.Groups["nm"].Success)
            {
                month = int.Parse(m.Groups["nm"].Value, CultureInfo.InvariantCulture);
                day = int.Parse(m.Groups["nd"].Value, CultureInfo.InvariantCulture);
                year = int.Parse(m.Groups["ny"].Value, CultureInfo.InvariantCulture);
                if (year < 100)
                    year += year < 50 ? 2000 : 1900;
            }
            else
            {
                var name = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
                month = MonthNumber(name);
                day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
                year = int.Parse(m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value, CultureInfo.InvariantCulture);
            }

            if (month < 1 || month > 12 || year < 1700 || year > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
                return null;
            return new DateOnly(year, month, day);
        }

        private static int MonthNumber(string name)
        {
            var n = name.ToLowerInvariant();
            string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
            for (int k = 0; k < months.Length; k++)
            {
                if (n.StartsWith(months[k], StringComparison.Ordinal))
                    return k + 1;
            }

            return 0;
        }

        private void ReadJudges(string text)
        {
            var body = JudgesStart().Replace(text, "", 1);
            var lower = body.ToLowerInvariant();
            int cut = body.Length;
            foreach (var end in _vocab.JudgeListEnd)
            {
                int k = lower.IndexOf(end, StringComparison.Ordinal);
                if (k > 0 && k < cut)
                    cut = k;
            }

            body = body[..cut];
            foreach (var part in JudgeSeparator().Split(body))
            {
                var chunk = part;
                int cutAt = chunk.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
                if (cutAt > 0)
                    chunk = chunk[..cutAt];
                cutAt = chunk.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
                if (cutAt > 0)
                    chunk = chunk[..cutAt];
                var words = chunk.Split([' ', '\t', '.', '*', '(', ')', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => !_vocab.JudgeTitles.Contains(w) && !w.All(char.IsDigit) && char.IsLetter(w[0]))
                    .ToList();
                if (words.Count == 0 || words.Count > 4 || !char.IsUpper(words[0][0]))
                    continue;
                int last = words.Count - 1;
                var surname = words[last];
                if (last > 0 && _vocab.SurnameParticles.Contains(words[last - 1]))
                    surname = words[last - 1] + " " + surname;
                if (surname.Length < 2)
                    continue;
                _judges.Add(NameCase(surname));
            }
        }

        private (string? CaseName, string? FullName, Parties? Parties) ReadParties(int stop)
        {
            for (int i = 0; i < stop; i++)
            {
                if (_kinds[i] == Kind.Versus)
                {
                    var above = Block(i, -1);
                    var below = Block(i, +1);
                    if (above.Length == 0 || below.Length == 0)
                        continue;
                    _lastCaptionLine = Math.Max(_lastCaptionLine, i);
                    return Style(above, below);
                }

                if (_kinds[i] == Kind.None)
                {
                    var left = LeftColumn(_lines[i].Trimmed);
                    var single = SingleParty().Match(left);
                    if (single.Success)
                    {
                        _lastCaptionLine = Math.Max(_lastCaptionLine, i);
                        var name = StripRoles(left.TrimEnd('*', ' '), out _);
                        var who = StripRoles(single.Groups["who"].Value.TrimEnd('*', ' '), out _);
                        var first = who.Count > 0 ? who[0] : single.Groups["who"].Value;
                        var prefix = single.Groups["pre"].Value;
                        var pre = prefix.StartsWith("ex", StringComparison.OrdinalIgnoreCase) ? "Ex parte" : prefix.Contains("matter", StringComparison.OrdinalIgnoreCase) ? "In re" : "In re";
                        var full = name.Count > 0 ? string.Join(", ", name) : left;
                        return ($"{pre} {Short(first, inRe: true)}", full, new Parties(who, []));
                    }

                    var inline = InlineStyle().Match(left);
                    if (inline.Success && left.Length <= 200 && !left.Contains("No.", StringComparison.Ordinal) && i + 1 < stop
                        && !left.StartsWith("See ", StringComparison.Ordinal) && !CitedCase().IsMatch(left))
                    {
                        _lastCaptionLine = Math.Max(_lastCaptionLine, i);
                        return Style(inline.Groups["a"].Value, inline.Groups["b"].Value);
                    }
                }
            }

            return (null, null, null);
        }

        private string Block(int versus, int step)
        {
            var parts = new List<string>();
            int blanks = 0;
            for (int k = versus + step; k >= 0 && k < _kinds.Length && parts.Count < 8; k += step)
            {
                var kind = _kinds[k];
                if (kind == Kind.Blank)
                {
                    if (++blanks > 2)
                        break;
                    continue;
                }

                blanks = 0;
                var left = LeftColumn(_lines[k].Trimmed);
                int indent = _lines[k].Text.Length - _lines[k].Text.TrimStart().Length;
                bool role = IsRole(left.TrimEnd(',', '.', ';'));
                if (indent >= 40 && !role && kind is Kind.None or Kind.Heading)
                {
                    // a line standing in the right column only ("MEMORANDUM *", a clerk's name)
                    if (step < 0)
                        break;
                    continue;
                }

                if (kind != Kind.None)
                    break;

                if (step < 0 && parts.Count > 0 && EndsSentence(left))
                    break;
                parts.Add(left);
                if (step > 0 && EndsSentence(left))
                    break;
            }

            if (step < 0)
                parts.Reverse();
            return Collapse(string.Join(' ', parts));
        }

        private bool EndsSentence(string s)
        {
            if (!s.EndsWith('.'))
                return false;
            int space = s.LastIndexOf(' ');
            var lastWord = s[(space + 1)..].TrimEnd('.').ToLowerInvariant();
            if (lastWord.Length <= 1 || lastWord is "inc" or "co" or "corp" or "ltd" or "al" or "bros" or "assn" or "n.a" or "l.l.c" or "p.c")
                return false;
            return !_vocab.NameSuffixes.Contains(lastWord);
        }

        private (string? CaseName, string? FullName, Parties? Parties) Style(string above, string below)
        {
            var plaintiffs = StripRoles(above, out _);
            var defendants = StripRoles(below, out _);
            if (plaintiffs.Count == 0 || defendants.Count == 0)
                return (null, null, null);
            var full = Collapse(above.TrimEnd(',', ' ') + " v. " + below.TrimEnd(',', '.', ' '));
            var caseName = Short(plaintiffs[0], inRe: false) + " v. " + Short(defendants[0], inRe: false);
            return (caseName, full, new Parties(plaintiffs, defendants));
        }

        /// <summary>Splits a side of the caption into parties, dropping role words and "et al.".</summary>
        private List<string> StripRoles(string side, out bool etAl)
        {
            bool sawEtAl = false;
            var result = new List<string>();
            var current = new List<string>();
            side = FootnoteMark().Replace(side, "");
            etAl = false;
            foreach (var group in side.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var raw in group.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    Piece(raw);
                Close(current, result);
            }

            Close(current, result);
            etAl = sawEtAl;
            return result;

            void Piece(string raw)
            {
                var piece = raw.Trim().TrimEnd('.', ';', ':').Trim();
                if (piece.Length == 0)
                    return;
                if (EtAl().Match(" " + piece) is { Success: true, Index: 0 })
                {
                    sawEtAl = true;
                    return;
                }

                var etIndex = EtAl().Match(piece);
                if (etIndex.Success)
                {
                    sawEtAl = true;
                    piece = piece[..etIndex.Index].Trim();
                }

                if (IsRole(piece))
                {
                    Close(current, result);
                    return;
                }

                current.Add(etIndex.Success ? piece : raw.Trim().TrimEnd(';', ':').Trim());
            }

            static void Close(List<string> current, List<string> result)
            {
                if (current.Count == 0)
                    return;
                var party = string.Join(", ", current).TrimEnd(',', ' ');
                if (party.EndsWith('.') && !party.EndsWith(" Inc.", StringComparison.OrdinalIgnoreCase) && !party.EndsWith(" Co.", StringComparison.OrdinalIgnoreCase)
                    && !party.EndsWith(" Corp.", StringComparison.OrdinalIgnoreCase) && !party.EndsWith(" Jr.", StringComparison.OrdinalIgnoreCase)
                    && !(party.Length >= 3 && party[^3] == ' ' && char.IsUpper(party[^2])))
                    party = party[..^1];
                if (party.Length > 0)
                    result.Add(party);
                current.Clear();
            }
        }

        private bool IsRole(string piece)
        {
            var words = piece.Split([' ', '-', '/', '–', '&'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                return false;
            bool anyRole = false;
            foreach (var w in words)
            {
                var word = w.Trim('.', '(', ')');
                if (!_vocab.RoleWords.Contains(word))
                    return false;
                anyRole |= word.Length > 3;
            }

            return anyRole;
        }

        /// <summary>The distinctive short name of a party: a person's surname, an entity's name, "State", "People".</summary>
        private string Short(string party, bool inRe)
        {
            var name = party.Trim();
            var sovereign = Sovereign().Match(name);
            if (sovereign.Success)
                return Titled(sovereign.Groups["s"].Value);
            var pieces = name.Split(',', StringSplitOptions.TrimEntries);
            var main = pieces[0];
            int onHabeas = main.IndexOf(" on Habeas", StringComparison.OrdinalIgnoreCase);
            if (onHabeas > 0)
                main = main[..onHabeas];
            var words = main.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool entity = words.Any(w => _vocab.EntityWords.Contains(w.Trim('.', ',', '(', ')')));
            if (!entity)
            {
                int and = Array.FindIndex(words, w => w is "and" or "AND" or "&");
                if (and > 0)
                    words = words[..and];
            }

            if (!entity && pieces.Length > 1 && _vocab.EntityWords.Contains(pieces[1].Trim('.')))
                entity = true;
            if (entity)
            {
                var kept = pieces.Length > 1 && _vocab.EntityWords.Contains(pieces[1].Trim('.')) ? main + ", " + pieces[1] : main;
                return Titled(kept);
            }

            if (words.Length == 0)
                return Titled(name);
            int last = words.Length - 1;
            while (last > 0 && _vocab.NameSuffixes.Contains(words[last].Trim('.', ',')))
                last--;
            var lastWord = words[last];
            if (words.Length == 1 || IsInitial(lastWord))
                return Titled(string.Join(' ', words, 0, last + 1));
            var surname = NameCase(lastWord);
            if (last > 0 && _vocab.SurnameParticles.Contains(words[last - 1]))
                surname = NameCase(words[last - 1]) + " " + surname;
            return surname;
        }

        private static bool IsInitial(string w) => w.Length == 2 && char.IsLetter(w[0]) && w[1] == '.';

        private static string Titled(string s)
        {
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int k = 0; k < words.Length; k++)
            {
                words[k] = NameCase(words[k]);
                if (k > 0 && words[k] is "Of" or "And" or "The" or "For" or "In" or "On" or "At" or "By" or "To")
                    words[k] = words[k].ToLowerInvariant();
            }

            return string.Join(' ', words);
        }

        private void ReadRepeatedStyle(ref string? caseName, ref string? fullName, ref Parties? parties)
        {
            int pos = 0;
            while (pos < text.Length)
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl;
                int length = end - pos;
                if (length > 8 && length <= 240)
                {
                    var line = text.AsSpan(pos, length).Trim();
                    if (line.StartsWith("No", StringComparison.Ordinal))
                    {
                        var m = RepeatedStyle().Match(line.ToString());
                        if (m.Success)
                        {
                            if (_dockets.Count == 0)
                            {
                                foreach (var d in DocketList(m.Groups["d"].Value))
                                    _dockets.Add(d);
                            }

                            if (caseName is null)
                                (caseName, fullName, parties) = Style(m.Groups["a"].Value, m.Groups["b"].Value);
                            return;
                        }
                    }
                }

                if (nl < 0)
                    break;
                pos = nl + 1;
            }
        }

        private bool IsBodyStart(string left)
        {
            if (left.Length > 400)
                left = left[..400];
            return AuthorLine().IsMatch(left) || PerCuriam().IsMatch(left) || left.Contains("delivered the opinion", StringComparison.OrdinalIgnoreCase)
                   || left.Contains("delivered the judgment", StringComparison.OrdinalIgnoreCase)
                   || left.Contains("announced the judgment", StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsProse(string t)
        {
            if (t.Length < 50)
                return false;
            if (CounselLine().IsMatch(t.Length > 400 ? t[..400] : t))
                return false;
            int words = 0, lower = 0;
            bool inWord = false;
            foreach (var ch in t.Length > 600 ? t.AsSpan(0, 600) : t.AsSpan())
            {
                if (char.IsWhiteSpace(ch))
                {
                    inWord = false;
                    continue;
                }

                if (!inWord)
                {
                    words++;
                    if (char.IsLower(ch))
                        lower++;
                    inWord = true;
                }
            }

            if (t.Length > 300 && lower * 4 >= words)
                return true;
            return words >= 8 && lower * 100 >= words * 45;
        }

        private static bool IsLowerCourtContinuation(string left) =>
            left.Length > 0 && (char.IsLower(left[0]) || left.StartsWith("For the", StringComparison.OrdinalIgnoreCase)
                                || left.Contains("Judge", StringComparison.OrdinalIgnoreCase) || left.Contains("Presiding", StringComparison.OrdinalIgnoreCase)
                                || left.Contains("County", StringComparison.OrdinalIgnoreCase) || left.StartsWith("District of", StringComparison.OrdinalIgnoreCase)
                                || left.StartsWith("No.", StringComparison.OrdinalIgnoreCase) || left.StartsWith('('));

        private static string LeftColumn(string trimmed)
        {
            int gap = ColumnGap(trimmed, 0);
            var left = gap < 0 ? trimmed : trimmed[..gap].TrimEnd();
            int bracket = left.IndexOf(" )", StringComparison.Ordinal);
            if (bracket >= 0 && (bracket + 2 == left.Length || left[bracket + 2] == ' '))
                left = left[..bracket].TrimEnd();
            else if (left == ")")
                left = "";
            return left;
        }

        private static string LeftColumnAt(string line, int index)
        {
            int start = 0;
            while (true)
            {
                int gap = ColumnGap(line, start);
                if (gap < 0 || gap > index)
                {
                    var end = gap < 0 ? line.Length : gap;
                    return line[start..end].Trim();
                }

                start = gap;
                while (start < line.Length && (line[start] == ' ' || line[start] == '\t'))
                    start++;
            }
        }

        /// <summary>The offset of the first run of three or more spaces (or a tab) after <paramref name="from"/>, or -1.</summary>
        private static int ColumnGap(string s, int from)
        {
            int run = 0;
            for (int k = from; k < s.Length; k++)
            {
                if (s[k] == '\t')
                    return k;
                if (s[k] == ' ')
                {
                    if (++run == 3)
                        return k - 2;
                }
                else
                {
                    run = 0;
                }
            }

            return -1;
        }
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>"TACHA" → "Tacha", "McENTEE" → "McEntee", "O'BRIEN" → "O'Brien"; mixed-case words stay as written.</summary>
    internal static string NameCase(string word)
    {
        if (word.Length < 2)
            return word;
        int upper = 0, lower = 0;
        foreach (var ch in word)
        {
            if (char.IsUpper(ch))
                upper++;
            else if (char.IsLower(ch))
                lower++;
        }

        if (lower == 0 && upper >= 2)
        {
            if (word.Length > 2 && word.StartsWith("MC", StringComparison.Ordinal) && char.IsLetter(word[2]))
                return "Mc" + CapitalizeParts(word[2..]);
            return CapitalizeParts(word);
        }

        // "McENTEE", "DeMOSS": a short mixed-case prefix before an all-capital rest.
        for (int p = 1; p <= 3 && p < word.Length - 2; p++)
        {
            var rest = word[p..];
            if (rest.All(ch => !char.IsLower(ch)) && rest.Count(char.IsUpper) >= 3 && word[..p].Any(char.IsLower))
                return word[..p] + CapitalizeParts(rest);
        }

        return word;
    }

    private static string CapitalizeParts(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        bool start = true;
        for (int k = 0; k < chars.Length; k++)
        {
            if (char.IsLetter(chars[k]))
            {
                if (start)
                    chars[k] = char.ToUpperInvariant(chars[k]);
                start = false;
            }
            else
            {
                // "O'BRIEN" → "O'Brien" but "ARON'S" → "Aron's": an apostrophe starts a part only after one letter.
                bool apostrophe = chars[k] is '\'' or '’';
                start = chars[k] is '-' or '.' || (apostrophe && (k == 1 || (k >= 2 && !char.IsLetter(chars[k - 2]))));
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?:Before|BEFORE|PRESENT|Present|Concur|CONCUR|Panel|PANEL)\b:?\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex JudgesStart();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\bAND\b|&)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex JudgeSeparator();

    [GeneratedRegex(@"^(?:(?:Mr\.|MR\.|Madam|MADAM|Chief|CHIEF|Presiding|PRESIDING)\s+){0,2}(?:Justice|JUSTICE|Judge|JUDGE)\s+[A-Z][A-Za-z'’\-]{1,30}\b(?!,\s*(?:Chief|Circuit))|^[A-Z][A-Za-z'’\-]{1,30}(?:\s[A-Z][A-Za-z'’\-]{1,30})?,\s*(?:(?:Chief|CHIEF|Senior|SENIOR|Circuit|CIRCUIT|District|DISTRICT|Associate|ASSOCIATE|Presiding|PRESIDING|Acting|Bankruptcy|Magistrate|Vice|Special)\s+){0,3}(?:Judge|JUDGE|Justice|JUSTICE|J\.|C\.\s?J\.|P\.\s?J\.|JJ\.)|^(?:Opinion|OPINION)\s+(?:by|BY)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@",\s\d{1,4}\s[A-Z][A-Za-z.]{0,12}\s?(?:[A-Za-z.0-9]{1,8}\s)?\d{1,5}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CitedCase();

    [GeneratedRegex(@"^(?:OPINION|Opinion)\s{1,3}(?:BY|by):?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OpinionByAlone();

    [GeneratedRegex(@"^(?:PER CURIAM|Per Curiam|Per curiam)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PerCuriam();

    [GeneratedRegex(@"^\(?(?:On\s+)?(?:Appeals?\s+from|Appeal\s+of|FROM\s+THE|From\s+the|On\s+Petition|ON\s+PETITION|Petitions?\s+for\s+Review|PETITION\s+FOR\s+REVIEW|Certiorari\s+to|CERTIORARI\s+TO|On\s+Writ|ON\s+WRIT|ON\s+APPEAL|On\s+appeal|APPEALS?\s+FROM|Original\s+Proceeding|ORIGINAL\s+PROCEEDING|On\s+Certiorari|ON\s+CERTIORARI|Review\s+of|Trial\s+Court|Lower\s+Court)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex LowerCourtStart();

    [GeneratedRegex(@"\b(?:court|circuit|panel|board|commission|tribunal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CourtWord();

    [GeneratedRegex(@"^\d{1,4}\s[A-Za-z][A-Za-z0-9.\s']{0,24}\s\d{1,5}(?:\s\(\d{4}\))?\.?$|^\d{4}\s[A-Z]{2,10}\s\d{1,6}$|^\[\d{4}\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CitationLine();

    [GeneratedRegex(@"\bfor\s+(?:the\s+)?(?:[Aa]ppellants?|[Aa]ppellees?|[Pp]etitioners?|[Rr]espondents?|[Pp]laintiffs?|[Dd]efendants?|State|People|United States|Government|Commonwealth|amic(?:us|i)|movants?|claimants?|intervenors?|relators?|complainants?)\b|\bAttorneys?\s+for\b|\bEsq\b|\bpro\s+se\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CounselLine();

    [GeneratedRegex(@"(?<![A-Za-z.])(?:(?:Docket|DOCKET|Case|CASE|Civil|CIVIL|Criminal|CRIMINAL|Appeal|APPEAL|Civ\.|Crim\.|Cr\.|Misc\.)\s+)?(?:Nos?|NOS?)\.?(?=[\s:])|(?<![A-Za-z.])(?:Docket|DOCKET)(?=\s+\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DocketLabel();

    [GeneratedRegex(@"^[\s:]{0,4}(?<d>(?:[A-Z]{1,4}\s)?[A-Za-z0-9][A-Za-z0-9\-‐‑–—:/.()]{0,40})(?:\s{0,2}(?:,|&|;|\band\b|\bAND\b)\s{0,2}(?<d>(?:[A-Z]{1,4}\s)?[A-Za-z0-9][A-Za-z0-9\-‐‑–—:/.()]{0,40})){0,20}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DocketNumbers();

    [GeneratedRegex(@"^(?:CIV|Civ|CR|Cr|CRIM|Crim)\.\s?(?:A\.\s?)?(?=\s?[A-Z0-9])\s?|^(?:Civil|CIVIL|Criminal|CRIMINAL)\s(?=[A-Z0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CaseKindPrefix();

    [GeneratedRegex(@"^\(?(?<d>(?:[A-Z]{1,4}[\s-]?)?\d{2,6}[-‐‑–—]\d{2,6}(?:-(?:cv|cr|ag|pr|op|bk))?|[A-Z]{1,3}\s\d{3,7}|[A-Z]\d{5,8}|\d{5,9}(?=\.?\)?$))\.?\)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex BareDocket();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?<m1>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s{1,3}(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?<y1>\d{4})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s(?:day\sof\s)?(?<m2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s{1,3}(?<y2>\d{4})|(?<nm>\d{1,2})/(?<nd>\d{1,2})/(?<ny>\d{4}|\d{2})(?!\d))(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DateText();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}|\d{1,2}\s[A-Za-z]{3,9},?\s\d{4})\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DateLineOnly();

    [GeneratedRegex(@"^(?:(?:CERTIFIED\s+FOR\s+)?(?:NOT\s+FOR\s+)?PUBLI(?:CATION|SHED)|UNPUBLISHED|OPINION|MEMORANDUM|ORDER|PUBLISHED|IN THE|In the|ON REHEARING|SYLLABUS|Syllabus)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?<pre>Ex\s+parte|EX\s+PARTE|In\s+re|IN\s+RE|In\s+the\s+Matter\s+of|IN\s+THE\s+MATTER\s+OF|Matter\s+of|MATTER\s+OF|In\s+the\s+Interest\s+of|IN\s+THE\s+INTEREST\s+OF)[:,]?\s+(?<who>\S.{0,200})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex SingleParty();

    [GeneratedRegex(@"^(?<a>[A-Z][^\n]{1,120}?)\s(?:v\.|vs\.|V\.|VS\.)\s(?<b>[A-Z][^\n]{1,120})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"^Nos?\.\s{0,3}(?<d>[A-Za-z0-9][A-Za-z0-9\-–:/.]{0,30}(?:\s{0,2}(?:,|&|and)\s{0,2}[A-Za-z0-9][A-Za-z0-9\-–:/.]{0,30}){0,10}),\s{1,3}(?<a>[A-Z][^\n]{1,120}?)\s(?:v\.|vs\.)\s(?<b>[A-Z][^\n]{1,120})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex RepeatedStyle();

    [GeneratedRegex(@"\[\*+\]|\[\d{1,3}\]|\*+|†", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex FootnoteMark();

    [GeneratedRegex(@"\s*\bet\.?\s+(?:al|ux|uxor|vir)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"^(?:THE\s+|The\s+)?(?<s>PEOPLE|People|STATE|State|COMMONWEALTH|Commonwealth|UNITED\s+STATES|United\s+States|TERRITORY|Territory)(?:\s+(?:OF|of)\b.*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Sovereign();
}
