namespace Verbinding.Web.Features.Attachments;

/// <summary>A write-only wrapper that stops accepting bytes after <paramref name="limit"/>: a lying Content-Length cannot fill memory.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        var take = (int)Math.Min(count, Math.Max(0, limit - _written));
        inner.Write(buffer, offset, take);
        _written += take;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
