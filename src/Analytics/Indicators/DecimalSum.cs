using System.Runtime.CompilerServices;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// A running sum of money amounts that equals adding them one by one with <see cref="decimal"/>'s <c>+</c> — the
/// same value and the same scale, so the same digits in the CSV — at the cost of an integer addition (issue 9: the
/// flows section adds each of millions of aid lines to seven cells). A decimal sum keeps the largest scale of its
/// terms and is exact while its digits fit in 96 bits; so while every term has at most <see cref="MaxScale"/>
/// decimals, fits in 32 bits and is not negative (aids are not), the sum is kept as a count of 10^-4 units with that largest scale, and rebuilt
/// as a decimal when read. A term outside that range (or a sum that would leave 64 bits) switches the sum, from
/// then on, to plain decimal additions, starting from the exact value reached.
/// </summary>
internal struct DecimalSum
{
    /// <summary>Most decimals of a term the integer form takes.</summary>
    public const int MaxScale = 4;

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000];

    private long _units;
    private byte _scale;
    private bool _decimal;
    private decimal _value;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(decimal amount)
    {
        if (!_decimal)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(amount, bits);
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[3] >= 0 && bits[1] == 0 && bits[2] == 0 && scale <= MaxScale)
            {
                var units = (long)(uint)bits[0] * PowersOfTen[MaxScale - scale];
                if (units <= long.MaxValue - _units)
                {
                    _units += units;
                    if (scale > _scale) _scale = (byte)scale;
                    return;
                }
            }
            _value = Value;
            _decimal = true;
        }
        _value += amount;
    }

    /// <summary>The sum, as decimal additions from <c>0m</c> would give it.</summary>
    public readonly decimal Value
    {
        get
        {
            if (_decimal) return _value;
            var mantissa = _units / PowersOfTen[MaxScale - _scale];
            return new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, _scale);
        }
    }
}
