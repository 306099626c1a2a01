using System.Buffers.Binary;
using System.Text;

namespace Sitrep.Geo.Compact;

/// <summary>
/// The bundled gazetteer: the compact file read whole into one array (one read, no parsing; ~20 MB), keys
/// found by binary search, places decoded on demand. Opening costs the read only. Immutable, thread-safe.
/// </summary>
public sealed class CompactGazetteer : IGazetteer
{
    private readonly byte[] _data;
    private readonly int _places, _keys, _postings;
    private readonly int _placeAt, _keyAt, _postingAt, _heapAt;
    // Places decoded once and then shared: a common name ("Al", "Kara") has dozens of postings, and every
    // article looked each of them up (seven strings apiece) twice. Place is an immutable record, so two
    // threads racing on one slot each store an equal value; 8 bytes per place, nothing read ahead.
    private readonly Place?[] _decoded;

    private CompactGazetteer(byte[] data, string version)
    {
        if (data.Length < CompactFormat.HeaderSize || !data.AsSpan(0, 8).SequenceEqual(CompactFormat.Magic))
            throw new InvalidDataException("not a Sitrep compact gazetteer (bad magic).");
        if (BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(8)) != CompactFormat.Version)
            throw new InvalidDataException("compact gazetteer of another format version; rebuild it with tools/build-gazetteer.sh.");
        _data = data;
        _places = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(12));
        _keys = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(16));
        _postings = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(20));
        int heapBytes = BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(24));
        _placeAt = CompactFormat.HeaderSize;
        _keyAt = _placeAt + _places * CompactFormat.PlaceSize;
        _postingAt = _keyAt + _keys * CompactFormat.KeySize;
        _heapAt = _postingAt + _postings * 4;
        _decoded = new Place?[_places];
        if ((long)_heapAt + heapBytes != data.Length)
            throw new InvalidDataException("compact gazetteer is truncated or corrupt (sizes do not add up).");
        Version = version;
    }

    public static CompactGazetteer Open(string path)
    {
        var data = File.ReadAllBytes(path);
        var info = new FileInfo(path);
        return new CompactGazetteer(data, $"bundled:{Path.GetFileName(path)}@{info.LastWriteTimeUtc:yyyy-MM-dd}");
    }

    public static CompactGazetteer FromBytes(byte[] data, string version = "bundled:memory") => new(data, version);

    public string Version { get; }
    public int PlaceCount => _places;
    public int KeyCount => _keys;
    public long SizeBytes => _data.Length;

    public IReadOnlyList<Place> Lookup(string name, string? countryIso2 = null)
    {
        int k = FindKey(name.AsSpan());
        if (k < 0) return Array.Empty<Place>();
        var r = _data.AsSpan(_keyAt + k * CompactFormat.KeySize, CompactFormat.KeySize);
        int first = (int)BinaryPrimitives.ReadUInt32LittleEndian(r[4..]);
        int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(r[8..]);
        var result = new List<Place>(Math.Min(count, 64));
        for (int i = 0; i < count; i++)
        {
            int p = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_postingAt + (first + i) * 4));
            if (countryIso2 is not null && !CountryIs(p, countryIso2)) continue;
            result.Add(ReadPlace(p));
        }
        return result;
    }

    public bool IsKnownName(ReadOnlySpan<char> name) => FindKey(name) >= 0;

    private bool CountryIs(int p, string iso2)
    {
        int at = _placeAt + p * CompactFormat.PlaceSize + CompactFormat.PCountry;
        return iso2.Length == 2 && char.ToUpperInvariant(iso2[0]) == _data[at] && char.ToUpperInvariant(iso2[1]) == _data[at + 1];
    }

    /// <summary>Binary search over the sorted keys, comparing the folded query with the stored ASCII bytes.</summary>
    private int FindKey(ReadOnlySpan<char> name)
    {
        if (name.Length == 0 || name.Length > 200) return -1;
        Span<char> folded = stackalloc char[name.Length];
        int n = NameKey.Write(name, folded);
        if (n == 0) return -1;
        Span<byte> key = stackalloc byte[n];
        for (int i = 0; i < n; i++)
        {
            if (folded[i] > 127) return -1;
            key[i] = (byte)folded[i];
        }
        int lo = 0, hi = _keys - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int cmp = HeapBytes(BinaryPrimitives.ReadUInt32LittleEndian(_data.AsSpan(_keyAt + mid * CompactFormat.KeySize))).SequenceCompareTo(key);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private ReadOnlySpan<byte> HeapBytes(uint offset)
    {
        int at = _heapAt + (int)offset;
        int len = BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(at));
        return _data.AsSpan(at + 2, len);
    }

    private string? HeapString(uint offset) => offset == CompactFormat.NoString ? null : Encoding.UTF8.GetString(HeapBytes(offset));

    private Place ReadPlace(int p) => _decoded[p] ??= DecodePlace(p);

    private Place DecodePlace(int p)
    {
        var r = _data.AsSpan(_placeAt + p * CompactFormat.PlaceSize, CompactFormat.PlaceSize);
        byte source = r[CompactFormat.PSource];
        return new Place(
            BinaryPrimitives.ReadInt32LittleEndian(r),
            HeapString(BinaryPrimitives.ReadUInt32LittleEndian(r[CompactFormat.PName..]))!,
            HeapString(BinaryPrimitives.ReadUInt32LittleEndian(r[CompactFormat.PAscii..]))!,
            ((char)r[CompactFormat.PClass]).ToString(),
            HeapString(BinaryPrimitives.ReadUInt32LittleEndian(r[CompactFormat.PCode..])) ?? "",
            new string([(char)r[CompactFormat.PCountry], (char)r[CompactFormat.PCountry + 1]]),
            HeapString(BinaryPrimitives.ReadUInt32LittleEndian(r[CompactFormat.PAdmin1..])),
            HeapString(BinaryPrimitives.ReadUInt32LittleEndian(r[CompactFormat.PAdmin2..])),
            Math.Round(BinaryPrimitives.ReadSingleLittleEndian(r[CompactFormat.PLat..]), 5),
            Math.Round(BinaryPrimitives.ReadSingleLittleEndian(r[CompactFormat.PLon..]), 5),
            BinaryPrimitives.ReadInt32LittleEndian(r[CompactFormat.PPop..]),
            source < CompactFormat.Sources.Length ? CompactFormat.Sources[source] : "bundled");
    }
}
