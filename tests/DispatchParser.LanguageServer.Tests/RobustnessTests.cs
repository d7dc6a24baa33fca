using System.Text.Json;
using DispatchParser.LanguageServer.Protocol;
using DispatchParser.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace DispatchParser.LanguageServer.Tests;

public sealed class RobustnessTests
{
    private const string InitializeRequest = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}""";

    [Fact]
    public async Task Malformed_json_is_answered_with_a_parse_error_and_the_server_stays_up()
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        Assert.Equal(1, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());

        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{""");
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.True(error.TryGetProperty("id", out _), error.ToString());
        Assert.Equal(ErrorCodes.ParseError, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""");
        JsonElement response = await connection.ReceiveResponseAsync();
        Assert.Equal(3, response.GetProperty("id").GetInt32());
        Assert.False(response.TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("42")]
    public async Task Json_that_is_no_jsonrpc_message_is_answered_with_an_error_and_the_server_stays_up(string body)
    {
        await using RawConnection connection = RawConnection.Start();
        await connection.SendAsync(InitializeRequest);
        await connection.ReceiveResponseAsync();

        await connection.SendAsync(body);
        JsonElement error = await connection.ReceiveResponseAsync();
        Assert.Contains(error.GetProperty("error").GetProperty("code").GetInt32(), new[] { ErrorCodes.InvalidRequest, ErrorCodes.ParseError });

        await connection.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown"}""");
        Assert.Equal(3, (await connection.ReceiveResponseAsync()).GetProperty("id").GetInt32());
    }
}
