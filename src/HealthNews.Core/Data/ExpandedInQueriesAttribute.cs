namespace HealthNews.Core.Data;

/// <summary>
/// Marks a static method whose meaning in a LINQ query is the lambda held by the static field
/// <see cref="ExpressionField"/> of the same class: <see cref="QueryRuleExpander"/> splices that lambda into every query,
/// compiled ones included, before EF translates it. In memory the method runs as ordinary C#. This is how a rule such as
/// "visible to readers" is written once and used by every query.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExpandedInQueriesAttribute(string expressionField) : Attribute
{
    public string ExpressionField { get; } = expressionField;
}
