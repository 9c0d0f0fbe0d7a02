using System.Text.Json;

namespace Precedent.Documents.Opinions;

/// <summary>The words a caption is read with: party roles, entity words, date labels, judges' titles.</summary>
internal sealed class CaptionVocabulary
{
    private static readonly Lazy<CaptionVocabulary> Instance = new(Load);

    public static CaptionVocabulary Default => Instance.Value;

    public required HashSet<string> RoleWords { get; init; }
    public required HashSet<string> EntityWords { get; init; }
    public required HashSet<string> NameSuffixes { get; init; }
    public required HashSet<string> SurnameParticles { get; init; }
    public required string[] GoodDateLabels { get; init; }
    public required string[] BadDateLabels { get; init; }
    public required HashSet<string> JudgeTitles { get; init; }
    public required string[] JudgeListEnd { get; init; }

    private static CaptionVocabulary Load()
    {
        using var stream = typeof(CaptionVocabulary).Assembly.GetManifestResourceStream("Precedent.Documents.Opinions.Data.court-names.json")
            ?? throw new InvalidOperationException("court-names.json is not embedded.");
        using var doc = JsonDocument.Parse(stream);
        var c = doc.RootElement.GetProperty("caption");
        string[] Array(string name) => [.. c.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];
        HashSet<string> Set(string name) => new(Array(name), StringComparer.OrdinalIgnoreCase);
        return new CaptionVocabulary
        {
            RoleWords = Set("roleWords"),
            EntityWords = Set("entityWords"),
            NameSuffixes = Set("nameSuffixes"),
            SurnameParticles = Set("surnameParticles"),
            GoodDateLabels = Array("goodDateLabels"),
            BadDateLabels = Array("badDateLabels"),
            JudgeTitles = Set("judgeTitles"),
            JudgeListEnd = Array("judgeListEnd"),
        };
    }
}
