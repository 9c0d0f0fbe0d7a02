namespace Precedent.Documents.Tests;

/// <summary>Damaged files either read or fail with our exception: no library exception ever escapes.</summary>
public class CorruptionTests
{
    public static TheoryData<string> Names => new() { "brief.pdf", "brief.docx", "brief.html", "brief.txt" };

    [Theory]
    [MemberData(nameof(Names))]
    public void Damaged_documents_never_leak_a_library_exception(string name)
    {
        byte[] original = name switch
        {
            "brief.pdf" => TestInputs.TwoPageBrief(),
            "brief.docx" => TestInputs.Docx(),
            _ => "<p>See <i>Anderson</i>, 483 U.S. 635</p>"u8.ToArray(),
        };
        var random = new Random(1987);
        for (int round = 0; round < 40; round++)
        {
            byte[] damaged = (byte[])original.Clone();
            int flips = 1 + random.Next(8);
            for (int i = 0; i < flips; i++)
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            if (round % 5 == 4)
                damaged = damaged[..random.Next(damaged.Length)];

            try
            {
                SourceDocument doc = DocumentReader.Read(name, damaged);
                Assert.NotNull(doc.Text);
                Assert.Equal(0, doc.PageStarts[0]);
            }
            catch (DocumentReadException ex)
            {
                Assert.StartsWith(name + " ", ex.Message);
                Assert.DoesNotContain('\n', ex.Message);
            }
        }
    }
}
