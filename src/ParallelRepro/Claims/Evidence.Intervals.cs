using System.Globalization;
using ParallelRepro.Statistics;

namespace ParallelRepro.Claims;

/// <summary>
/// Conditions on measured quantities, decided on their 95 % intervals (<see cref="Bound.Judge"/>), corrected where one
/// of several intervals can decide a condition alone (<see cref="Confidence.Bonferroni"/>). Each records the
/// decisive quantity as its <see cref="Condition.Estimate"/>, the cells it read (where extra rounds go when it is
/// undecided) and roughly how many more rounds would decide it.
/// </summary>
internal sealed partial class Evidence
{
    /// <summary>One quantity against its bound.</summary>
    public void Check(string text, Func<Measured> quantity, Bound bound)
        => Guard(text, () =>
        {
            var q = quantity();
            var state = bound.Judge(q.Interval);
            return Decided(text, state, bound, q, new Dictionary<string, double> { [q.Label] = q.Interval.Value }, [q],
                state == ConditionState.Undecided ? Straddle(q, bound) : null) with { LeansToFail = state == ConditionState.Undecided && Signed(q, bound) < 0 };
        });

    /// <summary>A quantity per n that must satisfy the bound at every n of the range: one failing n fails it.</summary>
    public void ForEveryN(string text, Func<NSet> range, Func<int, Measured> quantity, Bound bound)
        => OverN(text, range, quantity, bound, every: true);

    /// <summary>A quantity per n that must satisfy the bound at some n of the range (a best-over-n claim): one holding n holds it.</summary>
    public void ForSomeN(string text, Func<NSet> range, Func<int, Measured> quantity, Bound bound)
        => OverN(text, range, quantity, bound, every: false);

    private void OverN(string text, Func<NSet> range, Func<int, Measured> quantity, Bound bound, bool every)
        => Guard(text, () =>
        {
            var ns = range();
            var decisive = every ? ConditionState.Fails : ConditionState.Holds; // one n with this state decides the whole condition
            var other = every ? ConditionState.Holds : ConditionState.Fails;
            // One n alone decides the decisive way, so there each n's interval is taken at the Bonferroni level over
            // the n measured; the other way needs every n, each at 95 % (an intersection-union test: Confidence).
            var corrected = Confidence.Bonferroni(ns.Run.Count);
            var measured = ns.Select(n =>
            {
                var q = quantity(n);
                var state = bound.Judge(q.Interval);
                if (state != decisive) return (N: n, Q: q, State: state);
                var strict = q.At(corrected);
                return (N: n, Q: strict, State: bound.Judge(strict.Interval) == decisive ? decisive : ConditionState.Undecided);
            }).ToArray();
            var state = measured.Any(m => m.State == decisive) ? decisive
                : measured.All(m => m.State == other) && ns.Complete ? other
                : ConditionState.Undecided;
            // The number to show: for "every n" the worst n, for "some n" the best, among those in the deciding state.
            var inState = measured.Where(m => m.State == state).ToArray();
            var key = inState.Length == 0 ? measured[0].Q
                : every ? inState.MinBy(m => Signed(m.Q, bound)).Q : inState.MaxBy(m => Signed(m.Q, bound)).Q;
            var straddling = measured.Where(m => m.State == ConditionState.Undecided).ToArray();
            var values = measured.ToDictionary(m => "n=" + m.N.ToString(CultureInfo.InvariantCulture), m => m.Q.Interval.Value);
            string? note = null;
            if (state == ConditionState.Undecided)
            {
                key = straddling.Length == 0 ? measured.MinBy(m => Distance(m.Q, bound)).Q
                    : every ? straddling.MaxBy(m => bound.MoreRounds(m.Q.Interval) ?? int.MaxValue).Q
                    : straddling.MaxBy(m => Signed(m.Q, bound)).Q;
                var partial = ns.Complete ? null : straddling.Length > 0 ? ns.MissingText : $"{(every ? "holds" : "fails")} at n = {NSet.Text(ns.Run)}; {ns.MissingText}";
                note = string.Join("; ", straddling.Select(m => $"n={m.N}: {Straddle(m.Q, bound)}").Append(partial).OfType<string>());
            }
            // What extra rounds go to when it is undecided, the cheapest way to decide it: for "some n", a
            // straddling n on the holding side if there is one (one holding n holds it); for "every n", a straddling
            // n on the failing side if there is one (one failing n fails it), else each straddling n (all must hold).
            // Among those, the n the extra rounds already went to, then the one nearest to deciding. Why that order:
            // the estimate of an n with only its planned rounds is rough either way, and a default run, aiming at
            // whichever n looked nearest after each round, spread mem-mt-approx-serial's rounds over six n of
            // omp-gil-dynamic (twelve to one, one to three to each other) and decided none. If the n aimed at turns
            // the other way, the next round aims at the next.
            var failing = every && state == ConditionState.Undecided ? straddling.Where(m => Signed(m.Q, bound) < 0).ToArray() : [];
            var read = straddling.Length == 0 ? measured
                : state != ConditionState.Undecided ? straddling
                : !every ? [straddling.OrderByDescending(m => Signed(m.Q, bound) > 0).ThenByDescending(m => m.Q.ExtraRounds).ThenByDescending(m => Signed(m.Q, bound)).First()]
                : failing.Length > 0 ? [failing.OrderByDescending(m => m.Q.ExtraRounds).ThenBy(m => bound.MoreRounds(m.Q.Interval) ?? int.MaxValue).First()]
                : straddling;
            var condition = Decided(text, state, bound, key, values, read.Select(m => m.Q), note) with { LeansToFail = failing.Length > 0 };
            return condition with { MissingData = state == ConditionState.Undecided && straddling.Length == 0 };
        });

    private static Condition Decided(string text, ConditionState state, Bound bound, Measured key, Dictionary<string, double> values, IEnumerable<Measured> read, string? note)
    {
        var all = read.ToArray();
        var disturbed = all.Sum(q => q.DisturbedRuns);
        if (disturbed > 0) note = $"{(note is null ? "" : note + "; ")}{disturbed} of the runs read were taken while the speed probe was over 1.25× its median (kept)";
        return new Condition(text, state, values, note)
        {
            Estimate = key.ToEstimate(),
            Bound = bound.Text,
            Cells = all.SelectMany(q => q.Cells).Distinct(StringComparer.Ordinal).ToArray(),
            MoreRounds = state == ConditionState.Undecided ? all.Select(q => bound.MoreRounds(q.Interval)).Max() : null,
        };
    }

    private static string Straddle(Measured q, Bound bound)
        => !q.Interval.IsBounded
            ? $"{q.Text}: fewer than 2 runs, no interval"
            : $"{q.Text} straddles {bound.Text}{(bound.MoreRounds(q.Interval) is { } more ? $" (about {more} more round(s) would decide it)" : "")}";

    private static double Distance(Measured q, Bound bound) => Math.Abs(Math.Log(q.Interval.Value) - Math.Log(bound.NearestEdge(q.Interval.Value)));

    /// <summary>Log distance to the nearest edge, positive on the claim's side of the bound and negative outside it.</summary>
    private static double Signed(Measured q, Bound bound)
    {
        var v = q.Interval.Value;
        var inside = (bound.Low is not { } l || v >= l) && (bound.High is not { } h || v <= h);
        return inside ? Distance(q, bound) : -Distance(q, bound);
    }
}
