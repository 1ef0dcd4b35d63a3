using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace ParallelRepro.Tests.Fixtures.Chromium;

/// <summary>
/// A minimal Chrome DevTools Protocol client over a WebSocket: send a command and await its result,
/// and receive events. Enough to drive headless Chromium without a browser-automation package.
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private Task? receiver;
    private int nextId;

    /// <summary>Raised on the receive loop for every event: method and params.</summary>
    public event Action<string, JsonElement>? Event;

    public static async Task<DevToolsSession> ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        var session = new DevToolsSession();
        session.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await session.socket.ConnectAsync(endpoint, ct);
        session.receiver = Task.Run(session.ReceiveLoopAsync, CancellationToken.None);
        return session;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken ct)
    {
        var id = Interlocked.Increment(ref nextId);
        var result = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = result;
        var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } });
        await sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            sendLock.Release();
        }
        using var registration = ct.Register(() => result.TrySetCanceled(ct));
        return await result.Task;
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                message.SetLength(0);
                WebSocketReceiveResult chunk;
                do
                {
                    chunk = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (chunk.MessageType == WebSocketMessageType.Close) return;
                    message.Write(buffer, 0, chunk.Count);
                }
                while (!chunk.EndOfMessage);
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
            }
        }
        catch (WebSocketException)
        {
            // The browser went away; pending commands fail below.
        }
        finally
        {
            foreach (var waiting in pending.Values) waiting.TrySetException(new InvalidOperationException("the DevTools connection closed"));
        }
    }

    private void Dispatch(JsonElement root)
    {
        if (root.TryGetProperty("id", out var id) && pending.TryRemove(id.GetInt32(), out var waiting))
        {
            if (root.TryGetProperty("error", out var error)) waiting.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
            else waiting.TrySetResult(root.TryGetProperty("result", out var result) ? result : default);
        }
        else if (root.TryGetProperty("method", out var method))
        {
            Event?.Invoke(method.GetString()!, root.TryGetProperty("params", out var p) ? p : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Closing a connection the browser already dropped.
        }
        if (receiver is not null) await receiver;
        socket.Dispose();
        sendLock.Dispose();
    }
}
