namespace Ekko.Text.Redaction;

/// <summary>Validators for Nordic national identity numbers; each takes the digits only.</summary>
public static class NationalIdentityNumbers
{
    /// <summary>
    /// Swedish personnummer or samordningsnummer: YYMMDDNNNC (10 digits, or 12 with the century), the date valid
    /// (day + 60 for a samordningsnummer) and the last digit a Luhn check over the 10-digit form.
    /// </summary>
    public static bool IsSwedishPersonnummer(ReadOnlySpan<char> digits)
    {
        if (digits.Length == 12)
        {
            var century = Number(digits[..2]);
            if (century is not (18 or 19 or 20))
            {
                return false;
            }

            digits = digits[2..];
        }

        if (digits.Length != 10 || !AllDigits(digits))
        {
            return false;
        }

        var day = Number(digits.Slice(4, 2));
        if (day > 60)
        {
            day -= 60;
        }

        return IsDate(Number(digits[..2]), Number(digits.Slice(2, 2)), day) && Luhn.IsValid(digits);
    }

    /// <summary>
    /// Norwegian fødselsnummer or D-nummer: DDMMYYIIICC, the date valid (day + 40 for a D-nummer, month + 40 for
    /// an H-nummer) and both mod-11 check digits right.
    /// </summary>
    public static bool IsNorwegianFodselsnummer(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11 || !AllDigits(digits))
        {
            return false;
        }

        var day = Number(digits[..2]);
        var month = Number(digits.Slice(2, 2));
        if (day > 40)
        {
            day -= 40;
        }

        if (month > 40)
        {
            month -= 40;
        }

        if (!IsDate(Number(digits.Slice(4, 2)), month, day))
        {
            return false;
        }

        ReadOnlySpan<int> first = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        ReadOnlySpan<int> second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        return CheckDigit(digits, first) == digits[9] - '0' && CheckDigit(digits, second) == digits[10] - '0';
    }

    /// <summary>
    /// Danish CPR number: DDMMYY-SSSS with a valid date. There is no check digit to test: the modulus-11 rule was
    /// dropped in 2007, so the date is the only structure there is.
    /// </summary>
    public static bool IsDanishCpr(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10 || !AllDigits(digits))
        {
            return false;
        }

        return IsDate(Number(digits.Slice(4, 2)), Number(digits.Slice(2, 2)), Number(digits[..2]));
    }

    private static int CheckDigit(ReadOnlySpan<char> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        var check = 11 - (sum % 11);
        return check == 11 ? 0 : check; // 10 can never match a digit: such numbers are never issued.
    }

    /// <summary>Whether day/month exist in some year ending in <paramref name="year"/> (29 February needs a leap year).</summary>
    private static bool IsDate(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = year % 4 == 0; // 1900 is the one century year in range that is not a leap year; 2000 is.
        return day <= DateTime.DaysInMonth(leap ? 2000 : 2001, month);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    private static bool AllDigits(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
