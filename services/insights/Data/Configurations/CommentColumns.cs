namespace AdFlux.Insights.Data.Configurations;

/// <summary>Column sizes of posts and inbox comments.</summary>
public static class CommentColumns
{
    public const int UrlLength = 2000;
    public const int KeyLength = 200;
    public const int AuthorLength = 200;
    public const int LabelLength = 32;
}
