using ParallelRepro.Wiki.Titles;
using Xunit;

namespace ParallelRepro.Tests.Wiki;

/// <summary>MediaWiki's title rules for namespace 0 (TitleParser::splitTitleString).</summary>
public sealed class TitleCodecTests
{
    [Theory]
    [InlineData("united states", "United states")]
    [InlineData("United_States", "United States")]
    [InlineData("  United   States ", "United States")]
    [InlineData("United__  _States", "United States")]
    [InlineData("United\u00A0States", "United States")]
    [InlineData("\u200EUnited States\u200F", "United States")]
    [InlineData(":freedom", "Freedom")]
    [InlineData("freedom#Political_freedom", "Freedom")]
    [InlineData("éclair", "Éclair")]
    [InlineData("1776", "1776")]
    [InlineData("'s Gravenhage", "'s Gravenhage")]
    [InlineData("States, and", "States, and")]
    [InlineData("States.", "States.")]
    public void Valid_titles_are_normalized(string text, string expected)
    {
        var title = TitleCodec.Parse(text);

        Assert.True(title.IsValid, title.InvalidReason);
        Assert.Equal(expected, title.Text);
    }

    [Fact]
    public void The_section_is_kept_apart_with_spaces()
    {
        Assert.Equal("Political freedom", TitleCodec.Parse("Freedom#Political_freedom").Fragment);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" _ ", "empty")]
    [InlineData("#Section", "empty")]
    [InlineData("A<b", "invalid characters: \"<\"")]
    [InlineData("A{b}", "invalid characters: \"{\"")]
    [InlineData("A\tB", "invalid characters: \"\t\"")]
    [InlineData("A%41", "invalid characters: \"%41\"")]
    [InlineData("A &amp; B", "invalid characters: \"&amp;\"")]
    [InlineData("../Up", "relative path")]
    [InlineData("A/./B", "relative path")]
    [InlineData("Sign ~~~", "magic tilde")]
    [InlineData("::Two colons", "colon at the beginning")]
    [InlineData("Bad \uFFFD byte", "invalid UTF-8")]
    public void Invalid_titles_carry_MediaWikis_reason(string text, string reasonPart)
    {
        var title = TitleCodec.Parse(text);

        Assert.False(title.IsValid);
        Assert.Contains(reasonPart, title.InvalidReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_length_limit_is_255_bytes_of_UTF_8_not_characters()
    {
        Assert.True(TitleCodec.Parse(new string('a', 255)).IsValid);
        Assert.False(TitleCodec.Parse(new string('a', 256)).IsValid);
        Assert.False(TitleCodec.Parse(new string('é', 128)).IsValid); // 256 bytes
    }
}
