using Sitrep.Text;

namespace Sitrep.Diagnostics;

public enum DiagnosticSeverity : byte { Info, Warning, Error }

/// <summary>Something the pipeline wants the user to know: an expected failure is a value, not an exception.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, TextSpan? Span = null);

/// <summary>Stable codes; programs match on these, never on message text.</summary>
public static class DiagnosticCodes
{
    public const string NoPublicationDate = "SR1001";
    public const string DateUnresolved = "SR1002";
    public const string UnsupportedLanguage = "SR1003";
    public const string PlaceUnknown = "SR2001";
    public const string EmptyInput = "SR0001";
    public const string BinaryInput = "SR0002";
    public const string InvalidEncoding = "SR0003";
}
