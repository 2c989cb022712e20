using Amazon.S3;
using Amazon.S3.Model;

namespace AdFlux.Video.Storage;

/// <summary>
/// A seekable, read-only view of one S3 object of known length: each read continues a ranged GET
/// that starts at the current position and spans at most one window, so a range request
/// fetches only (about) the bytes it serves.
/// </summary>
public sealed class S3RangeStream(IAmazonS3 client, string bucket, string key, long length, int window) : Stream
{
    private GetObjectResponse? _response;
    private long _position;
    private long _responseEnd;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
        if (target != _position)
        {
            CloseResponse();
            _position = target;
        }
        return _position;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }
        if (_response is null || _position >= _responseEnd)
        {
            CloseResponse();
            _responseEnd = Math.Min(length, _position + window);
            _response = await client.GetObjectAsync(new GetObjectRequest
            {
                BucketName = bucket,
                Key = key,
                ByteRange = new ByteRange(_position, _responseEnd - 1),
            }, cancellationToken);
        }
        var read = await _response.ResponseStream.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _responseEnd - _position)], cancellationToken);
        if (read == 0)
        {
            throw new IOException($"s3://{bucket}/{key} ended at {_position} of {length} bytes.");
        }
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseResponse();
        }
        base.Dispose(disposing);
    }

    private void CloseResponse()
    {
        _response?.Dispose();
        _response = null;
    }
}
