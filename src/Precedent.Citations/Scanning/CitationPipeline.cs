using Precedent.Citations.Parsers;

namespace Precedent.Citations.Scanning;

/// <summary>
/// The one place that lists the parsers, in priority order. Adding a citation form is one class, one line here
/// and one table of tests.
/// </summary>
internal static class CitationPipeline
{
    public static IReadOnlyList<ICitationParser> DefaultParsers() =>
    [
        // Digit-anchored forms: a volume, title, chapter or year followed by a catalogued abbreviation.
        new CaseCitationParser(),
        new NeutralCitationParser(),
        new StatuteCitationParser(),
        new RegulationCitationParser(),
        new UnknownReporterParser(),
        // Keyword-anchored forms.
        new IdCitationParser(),
        new SupraCitationParser(),
        new ConstitutionCitationParser(),
        new RuleCitationParser(),
        new RecordCitationParser(),
    ];
}
