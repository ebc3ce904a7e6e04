using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthNews.Core.Data;

/// <summary>
/// Replaces each call to a method marked <see cref="ExpandedInQueriesAttribute"/> with the body of its lambda, the call's
/// arguments put in for the lambda's parameters. EF calls it once per query shape, before compiling it, so it costs
/// nothing per request.
/// </summary>
internal sealed class QueryRuleExpander : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly QueryRuleExpander Instance = new();

    private static readonly ConcurrentDictionary<MethodInfo, LambdaExpression?> Rules = new();

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (Rules.GetOrAdd(node.Method, RuleOf) is not { } rule)
        {
            return base.VisitMethodCall(node);
        }
        var arguments = node.Arguments.Select(Visit).ToList();
        var body = new ParameterReplacer(rule.Parameters, arguments!).Visit(rule.Body);
        return Visit(body);
    }

    private static LambdaExpression? RuleOf(MethodInfo method)
    {
        if (method.GetCustomAttribute<ExpandedInQueriesAttribute>() is not { } marker)
        {
            return null;
        }
        var field = method.DeclaringType?.GetField(marker.ExpressionField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{method.DeclaringType?.Name}.{marker.ExpressionField}, named by {method.Name}, does not exist.");
        return field.GetValue(null) as LambdaExpression is { } lambda && lambda.Parameters.Count == method.GetParameters().Length
            ? lambda
            : throw new InvalidOperationException($"{method.DeclaringType?.Name}.{marker.ExpressionField} must be a lambda with {method.Name}'s parameters.");
    }

    private sealed class ParameterReplacer(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                if (parameters[i] == node)
                {
                    return arguments[i];
                }
            }
            return base.VisitParameter(node);
        }
    }
}
