"""What a balance means to a member: a monthly income, and an amount in today's rupiah.

``monthly_income`` turns a lump sum into the first month's payment of an income paid at the
end of each month for ``years`` years, rising every month with inflation (so it keeps its
buying power), while the remaining balance keeps earning ``annual_return``. It is the level
annuity when inflation is zero. Rates are yearly and compound monthly:

    r = (1 + annual_return)^(1/12) − 1,  g = (1 + inflation)^(1/12) − 1,  n = 12 × years
    balance = P × Σ_{k=1..n} (1+g)^(k−1) / (1+r)^k
            = P × (1 − ((1+g)/(1+r))^n) / (r − g)        (r ≠ g)
            = P × n / (1 + r)                             (r = g)
"""
from __future__ import annotations


def monthly_income(balance: float, years: float, annual_return: float, inflation: float) -> float:
    """First monthly payment P (rupiah at the start of the payout) of the income described above."""
    n = round(12 * years)
    if balance <= 0 or n <= 0:
        return 0.0
    if annual_return <= -1 or inflation <= -1:
        raise ValueError("rates must be above -100%")
    r = (1.0 + annual_return) ** (1.0 / 12.0) - 1.0
    g = (1.0 + inflation) ** (1.0 / 12.0) - 1.0
    if abs(r - g) < 1e-12:
        factor = n / (1.0 + r)
    else:
        factor = (1.0 - ((1.0 + g) / (1.0 + r)) ** n) / (r - g)
    return balance / factor


def todays_rupiah(amount: float, months_after_as_of: float, inflation: float) -> float:
    """``amount`` at a date `months_after_as_of` months after the as-of date, in as-of rupiah.

    The projection method's real value: nominal / (1 + inflation)^(months / 12). Negative
    months (a past statement) give the amount grown by the same inflation.
    """
    return amount / (1.0 + inflation) ** (months_after_as_of / 12.0)
