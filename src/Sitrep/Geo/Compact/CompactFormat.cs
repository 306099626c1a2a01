namespace Sitrep.Geo.Compact;

/// <summary>
/// Layout of the compact gazetteer file (little-endian), chosen so that opening it is one read and no
/// parsing: a header, a fixed-size place table, a table of name keys sorted by ordinal byte order, the
/// postings (place indices per key, most populous first) and a heap of length-prefixed UTF-8 strings.
/// Places are decoded only when a lookup returns them.
/// <code>
/// header   : "SITGAZ01" | int32 version | int32 places | int32 keys | int32 postings | int32 heapBytes
///            | int32 sourceCount | 32 bytes reserved                                    (64 bytes)
/// places   : places × 40 bytes (see PlaceRecord offsets below)
/// keys     : keys × 12 bytes: uint32 heap offset of the key | uint32 first posting | uint32 count
/// postings : postings × uint32 place index
/// heap     : strings as uint16 byte length + UTF-8 bytes
/// </code>
/// </summary>
internal static class CompactFormat
{
    public static ReadOnlySpan<byte> Magic => "SITGAZ01"u8;
    public const int Version = 1;
    public const int HeaderSize = 64;
    public const int PlaceSize = 40;
    public const int KeySize = 12;
    public const uint NoString = uint.MaxValue;

    // Offsets inside a place record.
    public const int PId = 0, PLat = 4, PLon = 8, PPop = 12, PName = 16, PAscii = 20, PAdmin1 = 24, PAdmin2 = 28,
        PCountry = 32, PClass = 34, PSource = 35, PCode = 36;

    /// <summary>Where a place came from, as stored in its record; the text is in <see cref="Place.Source"/>.</summary>
    public static readonly string[] Sources = ["geonames:cities500", "sitrep:supplement", "geonames:admin-centre", "geonames"];
    public const byte SourceCities = 0, SourceSupplement = 1, SourceAdminCentre = 2, SourceGeoNames = 3;
}
