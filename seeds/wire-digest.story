Storm closes schools across three counties
RALEIGH, N.C. (AP) — Schools in three central North Carolina counties will stay closed on Wednesday as crews clear trees brought down by a line of overnight storms, officials said.
About 40,000 customers were without power early Tuesday, according to the utility’s outage map.
Published at Tue, 13 Aug 2024 11:02:00 +0000
Port strike talks resume in Rotterdam
ROTTERDAM, Netherlands (Reuters) - Talks between dockworkers and terminal operators resumed on Tuesday, a union spokesman said, after a two-day strike slowed container traffic at Europe's largest port.
"We are back at the table, and that is a start," the spokesman told reporters.
Published at Tuesday, 13 August 2024 14:40 +0000
Markets: stocks edge higher
<!-- copy to come from the markets desk
Published at Tue, 13 Aug 2024 16:00:00 +0000
COCOA ARRIVALS SEEN LOWER IN BAHIA

SALVADOR, Feb 26 - Showers continued throughout the week in the
cocoa zone, easing the drought that began in early January and
improving prospects for the coming harvest, a trade house said
in its weekly review.
    The dry period means the harvest will be late this year,
it said, and arrivals for the week fell to 155,221 bags of 60
kilos against 170,440 bags a year earlier.
    Exporters said sales were light and prices held steady.
Published at Thu, 26 Feb 1987 15:01:01 +0000
