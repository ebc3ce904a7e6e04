namespace HealthNews.Core.Data;

/// <summary>The walk down an exception's inner exceptions that the classifiers (<see cref="StorageFull"/>, <see cref="DatabaseBusy"/>, <see cref="ConstraintViolation"/>) share.</summary>
public static class ExceptionCauses
{
    /// <summary>Whether <paramref name="exception"/> or one of its inner exceptions satisfies <paramref name="test"/>.</summary>
    /// <param name="exception">The exception to look through; null gives false.</param>
    /// <param name="test">What to look for.</param>
    public static bool Any(Exception? exception, Func<Exception, bool> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (test(e))
            {
                return true;
            }
        }
        return false;
    }
}
