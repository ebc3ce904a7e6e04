namespace HealthNews.Core.Newsroom;

/// <summary>Newsroom rules, bound from "HealthNews:Newsroom".</summary>
public sealed class NewsroomOptions
{
    public const string SectionName = "HealthNews:Newsroom";

    /// <summary>Four eyes: nobody may publish an article they sent for review themselves.</summary>
    public bool FourEyes { get; set; }
}
