using System.Globalization;
using System.Text.Json.Nodes;
using Precedent.Documents.Opinions;

namespace Precedent.Cli.Commands;

/// <summary>
/// Opinion-structure figures of <c>precedent eval</c>: how often the court and date read from an opinion's text agree
/// with the record's metadata, and what the part reader finds.
/// </summary>
internal sealed class StructureFigures
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private int _records;
    private int _courtKnown;      // the record's court maps to a catalog court
    private int _courtRead;       // … and the caption names a court
    private int _courtAgrees;     // … the same court
    private int _dateStated;      // the record's date is written in the text's opening (an independent test)
    private int _dateReadOfStated;
    private int _dateAgreesOfStated;
    private int _dateRead;        // a date was read (any record with a date)
    private int _dateReadAgrees;
    private int _docketKnown;
    private int _docketAgrees;
    private readonly Dictionary<string, int> _partKinds = new(StringComparer.Ordinal);
    private int _withSeparate;
    private readonly List<string> _courtMisses = [];

    public void Add(CorpusRecord record)
    {
        _records++;
        var text = record.Text;
        var caption = CaptionReader.Read(text);
        var expectedCourt = record.Court is { Length: > 0 } name ? CourtNameMatcher.Match(name) : null;
        if (expectedCourt is not null)
        {
            _courtKnown++;
            if (caption.Court is { } read)
            {
                _courtRead++;
                if (read.Id == expectedCourt.Id)
                    _courtAgrees++;
                else if (_courtMisses.Count < 10)
                    _courtMisses.Add($"{record.Id}: read {read.Id}, record {expectedCourt.Id} ({record.Court})");
            }
        }
        if (DateOnly.TryParseExact(record.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (caption.Date is { } readDate)
            {
                _dateRead++;
                if (readDate == date)
                    _dateReadAgrees++;
            }
            if (States(text, date))
            {
                _dateStated++;
                if (caption.Date is { } d)
                {
                    _dateReadOfStated++;
                    if (d == date)
                        _dateAgreesOfStated++;
                }
            }
        }
        if (record.Docket is { Length: > 0 } docket)
        {
            _docketKnown++;
            var want = Normalize(docket);
            foreach (var d in caption.Dockets)
            {
                var got = Normalize(d);
                if (got.Length > 0 && (got.Contains(want, StringComparison.Ordinal) || want.Contains(got, StringComparison.Ordinal)))
                {
                    _docketAgrees++;
                    break;
                }
            }
        }
        var parts = PartReader.Read(text, caption.BodyStart);
        if (parts.Count > 1)
            _withSeparate++;
        foreach (var p in parts)
            _partKinds[p.Kind] = _partKinds.GetValueOrDefault(p.Kind) + 1;
    }

    /// <summary>Whether the record's date is written out in the opening of the text ("July 28, 1976", "Jul. 28, 1976").</summary>
    private static bool States(string text, DateOnly date)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 6000));
        var month = Months[date.Month - 1];
        string day = date.Day.ToString(CultureInfo.InvariantCulture), year = date.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var m in (string[])[month, month[..3] + ".", month[..3], month.ToUpperInvariant()])
        {
            var needle = $"{m} {day}, {year}";
            if (head.Contains(needle, StringComparison.OrdinalIgnoreCase))
                return true;
            if (head.Contains($"{m} {day} {year}", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static string Normalize(string docket)
    {
        Span<char> buffer = stackalloc char[Math.Min(docket.Length, 64)];
        var n = 0;
        foreach (var ch in docket)
        {
            if (char.IsLetterOrDigit(ch) && n < buffer.Length)
                buffer[n++] = char.ToUpperInvariant(ch);
        }
        return new string(buffer[..n]);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);

    private static string Pct(int part, int whole) => $"{part}/{whole} = {Share(part, whole).ToString("F2", CultureInfo.InvariantCulture)}%";

    public void Print()
    {
        Console.WriteLine("opinion structure (caption read from the text, compared with the record's metadata):");
        Console.WriteLine($"  court: record court known for {_courtKnown} of {_records}; the text names one in {_courtRead}; agrees {Pct(_courtAgrees, _courtRead)}");
        Console.WriteLine($"  date: the record's date is written in the text's opening in {_dateStated}; read there {_dateReadOfStated}; agrees {Pct(_dateAgreesOfStated, _dateStated)} (of those read: {Pct(_dateAgreesOfStated, _dateReadOfStated)})");
        Console.WriteLine($"  date, wherever read: agrees {Pct(_dateReadAgrees, _dateRead)}");
        Console.WriteLine($"  docket: record docket known for {_docketKnown}; read and agrees {Pct(_docketAgrees, _docketKnown)}");
        Console.WriteLine($"  parts: {_withSeparate} opinions with a separate opinion; parts by kind: "
            + string.Join(", ", _partKinds.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var miss in _courtMisses)
            Console.WriteLine($"    court differs: {miss}");
    }

    public void AddTo(JsonObject figures)
    {
        figures["courtAgreement"] = Share(_courtAgrees, _courtRead);
        figures["dateAgreement"] = Share(_dateAgreesOfStated, _dateStated);
        figures["docketAgreement"] = Share(_docketAgrees, _docketKnown);
    }
}
