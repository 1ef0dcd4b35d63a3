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
            // What extra rounds go to when it is undecided, the cheapest way to decide it: the straddling n on the side
            // that decides it alone ("every n": failing, as one failing n fails it; "some n": holding), explored first
            // (AimAmong). With none on that side: for "every n" each straddling n (all must hold), for "some n" the
            // n the extra rounds already went to, else the one nearest to holding.
            var side = state != ConditionState.Undecided ? []
                : straddling.Where(m => every ? Signed(m.Q, bound) < 0 : Signed(m.Q, bound) > 0).ToArray();
            var read = straddling.Length == 0 ? measured
                : state != ConditionState.Undecided ? straddling
                : side.Length > 0 ? AimAmong(side, m => m.Q, bound)
                : every ? straddling
                : [straddling.OrderByDescending(m => m.Q.ExtraRounds).ThenByDescending(m => Signed(m.Q, bound)).First()];
            var condition = Decided(text, state, bound, key, values, read.Select(m => m.Q), note) with { LeansToFail = every && side.Length > 0 };
            return condition with { MissingData = state == ConditionState.Undecided && straddling.Length == 0 };
        });

    /// <summary>
    /// Explore, then commit: until each straddling n on the deciding side rests on balanced rounds
    /// (<see cref="Footing.RoundsToRest"/>: <see cref="StratifiedRatio.MinBalanced"/> extra rounds, or one where its
    /// planned rounds are balanced already: a spreading program against another or against serial), the rounds go to
    /// those not yet explored, together; then to the one reckoned nearest to deciding (ties: the one with more extra
    /// rounds). Why: an n's reckoning from its three planned rounds is rough either way (the two-speed vCPUs), and one
    /// from balanced rounds is not, so only the latter are compared. Before, a default run aiming after each round at
    /// whichever n looked nearest spread mem-mt-approx-serial's rounds over six n and decided none; then, keeping the
    /// rounds on the first n aimed at, a run ended at omp-gil-dynamic(2)/serial = 0.89 [0.87, 0.95] after eight rounds
    /// against 0.9, with n = 1 never explored (0.85-0.88 where other runs decided it), and another at n = 1 = 0.90
    /// [0.73, 1.12] ("2533 more rounds") beside n = 4 at 0.85. Exploring costs at most three rounds of each n on that
    /// side: one n or a few, and so far of the cheap cells.
    /// </summary>
    private static T[] AimAmong<T>(T[] side, Func<T, Measured> quantity, Bound bound)
    {
        var unexplored = side.Where(m => !quantity(m).Footing.Rests).ToArray();
        return unexplored.Length > 0 ? unexplored
            : [side.OrderBy(m => bound.MoreRounds(quantity(m).Interval) ?? int.MaxValue).ThenByDescending(m => quantity(m).ExtraRounds).First()];
    }

    private static Condition Decided(string text, ConditionState state, Bound bound, Measured key, Dictionary<string, double> values, IEnumerable<Measured> read, string? note)
    {
        var all = read.ToArray();
        // Each cell once, however many of the quantities read it (serial is in every n's ratio).
        var runs = all.SelectMany(q => q.Runs).DistinctBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToArray();
        var disturbed = runs.Sum(r => r.Disturbed);
        if (disturbed > 0) note = string.Create(CultureInfo.InvariantCulture, $"{(note is null ? "" : note + "; ")}{disturbed} of the {runs.Sum(r => r.All)} runs read were taken while a CPU they could use ran the speed probe over {Running.SpeedProbe.DisturbanceFactor}× its usual time (kept)");
        return new Condition(text, state, values, note)
        {
            Estimate = key.ToEstimate(),
            Bound = bound.Text,
            Cells = all.SelectMany(q => q.Cells).Distinct(StringComparer.Ordinal).ToArray(),
            MoreRounds = state == ConditionState.Undecided ? all.Select(q => bound.MoreRounds(q.Interval)).Max() : null,
            Footing = Footing.All(all.Select(q => q.Footing)),
            Needs = state == ConditionState.Undecided ? all.Select(q => new QuantityNeed(q.Cells, q.Footing.Horizon(bound.MoreRounds(q.Interval)))).ToArray() : [],
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
