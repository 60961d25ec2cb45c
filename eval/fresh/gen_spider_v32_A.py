#!/usr/bin/env python3
"""Generate held-out Spider-style evaluation set v32_A (110 items)."""
import json, os, re, sqlite3, sys

DB_ROOT = "/work/shared/eval/spider/database"
OUT = "/tmp/blind32/spider_v32_A.json"
DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1"]
KINDS = ["count", "list", "filter-text", "filter-number", "aggregate", "superlative",
         "group", "join", "set", "ratio", "compare-to-aggregate"]

# (db_id, kind, question, paraphrase, gold_sql)
ITEMS = [
    # ---------------- battle_death ----------------
    ("battle_death", "count",
     "how many battles ended in a bulgarian win?",
     "Give me the number of engagements from which the Bulgarians emerged victorious.",
     "SELECT count(*) FROM battle WHERE result = 'Bulgarian victory'"),
    ("battle_death", "list",
     "List all the battles with their dates and how each one turned out.",
     "For every recorded engagement: what was it called, when was it fought, and what was the outcome?",
     "SELECT name, date, result FROM battle"),
    ("battle_death", "filter-text",
     "Which ships were lost in the English Channel? Show name and ship type",
     "Name the vessels that went down in the Channel, plus what class of vessel each one was.",
     "SELECT name, ship_type FROM ship WHERE location = 'English Channel'"),
    ("battle_death", "filter-number",
     "death records where more than 10 ppl were killed - show the note and the number killed",
     "Which casualty entries report a death toll above ten? Give the place note and how many died.",
     "SELECT note, killed FROM death WHERE killed > 10"),
    ("battle_death", "aggregate",
     "What's the total killed and total injured over all the death records?",
     "Sum up the casualties: overall fatalities and overall injuries across every recorded incident.",
     "SELECT sum(killed), sum(injured) FROM death"),
    ("battle_death", "superlative",
     "Which ship is responsible for the most deaths, and how many people did it kill in total?",
     "Name the vessel with the highest combined death toll, along with that toll.",
     "SELECT s.name, sum(d.killed) FROM ship AS s JOIN death AS d ON d.caused_by_ship_id = s.id "
     "GROUP BY s.id ORDER BY sum(d.killed) DESC LIMIT 1"),
    ("battle_death", "group",
     "how many ships got lost at each location",
     "Break the lost vessels down by the place where they were lost, with a tally for each place.",
     "SELECT location, count(*) FROM ship GROUP BY location"),
    ("battle_death", "join",
     "For each ship, show the ship's name, the battle it was lost in, and the date of that battle.",
     "Pair every vessel with the engagement in which it was lost: vessel, battle name, battle date.",
     "SELECT s.name, b.name, b.date FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id"),
    ("battle_death", "set",
     "Which battles didnt see any ships lost?",
     "Name the engagements in which not a single vessel was lost.",
     "SELECT name FROM battle EXCEPT SELECT b.name FROM battle AS b JOIN ship AS s ON s.lost_in_battle = b.id"),
    ("battle_death", "ratio",
     "What % of the lost ships ended up captured?",
     "Out of every ship that was lost, what percentage had a disposition of 'captured'?",
     "SELECT 100.0 * sum(CASE WHEN disposition_of_ship = 'Captured' THEN 1 ELSE 0 END) / count(*) FROM ship"),
    ("battle_death", "compare-to-aggregate",
     "Show the incidents where the number killed was above the average per incident (note + killed)",
     "Which death records have a fatality count exceeding the mean across all records? List the note and the number of dead.",
     "SELECT note, killed FROM death WHERE killed > (SELECT avg(killed) FROM death)"),

    # ---------------- concert_singer ----------------
    ("concert_singer", "count",
     "how many diff countries do the singers come from",
     "Count the distinct nationalities represented among our singers.",
     "SELECT count(DISTINCT Country) FROM singer"),
    ("concert_singer", "list",
     "Show me every stadium: name, location and capacity.",
     "I need a rundown of all the venues - where each one is and how many people it holds.",
     "SELECT Name, Location, Capacity FROM stadium"),
    ("concert_singer", "filter-text",
     "French singers - names and ages?",
     "Which of the vocalists are from France, and how old is each of them?",
     "SELECT Name, Age FROM singer WHERE Country = 'France'"),
    ("concert_singer", "filter-number",
     "Which stadiums can hold more than 10,000 people? Give the name and capacity.",
     "List the venues whose capacity exceeds ten thousand, together with that capacity.",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > 10000"),
    ("concert_singer", "aggregate",
     "avg, min and max singer age",
     "What's the mean age of the singers, and how old are the youngest and the oldest of them?",
     "SELECT avg(Age), min(Age), max(Age) FROM singer"),
    ("concert_singer", "superlative",
     "Which stadium has hosted the most concerts, and how many?",
     "Name the venue that has staged the greatest number of shows and say how many it staged.",
     "SELECT s.Name, count(*) FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID "
     "GROUP BY s.Stadium_ID ORDER BY count(*) DESC LIMIT 1"),
    ("concert_singer", "group",
     "number of concerts in each year",
     "How many concerts were put on per year?",
     "SELECT Year, count(*) FROM concert GROUP BY Year"),
    ("concert_singer", "join",
     "list each concert with its theme and the stadium it was held at",
     "For every show, tell me its name, its theme and the name of the venue where it took place.",
     "SELECT c.concert_Name, c.Theme, s.Name FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID"),
    ("concert_singer", "set",
     "Which singers have never sung at a concert?",
     "Name any vocalist who hasn't appeared in a single show.",
     "SELECT Name FROM singer EXCEPT SELECT s.Name FROM singer AS s JOIN singer_in_concert AS sc ON s.Singer_ID = sc.Singer_ID"),
    ("concert_singer", "ratio",
     "what percentage of the singers are male",
     "As a percent, how much of the singer roster is made up of men?",
     "SELECT 100.0 * sum(CASE WHEN Is_male = 'T' THEN 1 ELSE 0 END) / count(*) FROM singer"),
    ("concert_singer", "compare-to-aggregate",
     "Which stadiums have a bigger capacity than average? show name and capacity",
     "Give the venues that hold more people than the mean venue does, with their capacities.",
     "SELECT Name, Capacity FROM stadium WHERE Capacity > (SELECT avg(Capacity) FROM stadium)"),

    # ---------------- cre_Doc_Template_Mgt ----------------
    ("cre_Doc_Template_Mgt", "count",
     "How many distinct templates are actually used by at least one document?",
     "Count the templates that some document is built on.",
     "SELECT count(DISTINCT Template_ID) FROM Documents"),
    ("cre_Doc_Template_Mgt", "list",
     "List all template types - code and description.",
     "What template type codes exist, and what does each one stand for?",
     "SELECT Template_Type_Code, Template_Type_Description FROM Ref_Template_Types"),
    ("cre_Doc_Template_Mgt", "filter-text",
     "Show the id and version number of every book template.",
     "Which templates are of the Book type? I want their IDs and version numbers.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Template_Type_Code = 'BK'"),
    ("cre_Doc_Template_Mgt", "filter-number",
     "templates w/ version no. greater than 6 -- id, version, type code",
     "Which templates are on a version later than 6? Return the template id, its version and its type code.",
     "SELECT Template_ID, Version_Number, Template_Type_Code FROM Templates WHERE Version_Number > 6"),
    ("cre_Doc_Template_Mgt", "aggregate",
     "What is the average template version number, and the highest one?",
     "Across all templates, what's the mean version and what's the maximum version?",
     "SELECT avg(Version_Number), max(Version_Number) FROM Templates"),
    ("cre_Doc_Template_Mgt", "superlative",
     "Which document has the most paragraphs? Give the document name and the paragraph count.",
     "Name the document that contains more paragraphs than any other, and how many it has.",
     "SELECT d.Document_Name, count(*) FROM Documents AS d JOIN Paragraphs AS p ON p.Document_ID = d.Document_ID "
     "GROUP BY d.Document_ID ORDER BY count(*) DESC LIMIT 1"),
    ("cre_Doc_Template_Mgt", "group",
     "how many templates r there for each template type description",
     "Count the templates per type, labelling each type by its description (Presentation, Book and so on).",
     "SELECT r.Template_Type_Description, count(*) FROM Ref_Template_Types AS r JOIN Templates AS t "
     "ON t.Template_Type_Code = r.Template_Type_Code GROUP BY r.Template_Type_Description"),
    ("cre_Doc_Template_Mgt", "join",
     "For each document, show its name, the type code of its template, and that template's version.",
     "List the documents with the template type and version number each was created from.",
     "SELECT d.Document_Name, t.Template_Type_Code, t.Version_Number FROM Documents AS d "
     "JOIN Templates AS t ON d.Template_ID = t.Template_ID"),
    ("cre_Doc_Template_Mgt", "set",
     "Which template IDs have never been used by any document?",
     "Give me the ids of the templates no document is based on.",
     "SELECT Template_ID FROM Templates EXCEPT SELECT Template_ID FROM Documents"),
    ("cre_Doc_Template_Mgt", "ratio",
     "What percentage of documents contain at least one paragraph?",
     "Of all the docs, what percent have any paragraphs attached to them?",
     "SELECT 100.0 * count(DISTINCT Document_ID) / (SELECT count(*) FROM Documents) FROM Paragraphs"),
    ("cre_Doc_Template_Mgt", "compare-to-aggregate",
     "Templates whose version number is higher than the avrage version -- id and version",
     "Which templates sit above the mean version number? List their IDs and versions.",
     "SELECT Template_ID, Version_Number FROM Templates WHERE Version_Number > (SELECT avg(Version_Number) FROM Templates)"),

    # ---------------- employee_hire_evaluation ----------------
    ("employee_hire_evaluation", "count",
     "How many employees have gotten at least one bonus?",
     "Count the staff members who've ever been awarded a bonus in an evaluation.",
     "SELECT count(DISTINCT Employee_ID) FROM evaluation"),
    ("employee_hire_evaluation", "list",
     "list shops w/ location + manager name",
     "Show each shop together with the town it's in and the person who manages it.",
     "SELECT Name, Location, Manager_name FROM shop"),
    ("employee_hire_evaluation", "filter-text",
     "Who are the employees living in Bath, and how old are they?",
     "Name and age of every staff member whose home city is Bath.",
     "SELECT Name, Age FROM employee WHERE City = 'Bath'"),
    ("employee_hire_evaluation", "filter-number",
     "Which shops carry more than 5,000 products? Show the shop name and number of products.",
     "Shops with a product range exceeding five thousand items: names and product counts please.",
     "SELECT Name, Number_products FROM shop WHERE Number_products > 5000"),
    ("employee_hire_evaluation", "aggregate",
     "total and average bonus paid out",
     "How much bonus money has been awarded altogether, and what's the mean award?",
     "SELECT sum(Bonus), avg(Bonus) FROM evaluation"),
    ("employee_hire_evaluation", "superlative",
     "who got the largest single bonus and how much was it",
     "Which employee received the biggest individual bonus award, and what was the amount?",
     "SELECT e.Name, v.Bonus FROM employee AS e JOIN evaluation AS v ON e.Employee_ID = v.Employee_ID "
     "ORDER BY v.Bonus DESC LIMIT 1"),
    ("employee_hire_evaluation", "group",
     "How many employees are there in each city?",
     "Headcount broken down by the city the employees live in.",
     "SELECT City, count(*) FROM employee GROUP BY City"),
    ("employee_hire_evaluation", "join",
     "For every hire, show the employee's name, the shop they were hired at, and the year they started.",
     "Which employee joined which shop, and from what year? List name, shop and start year.",
     "SELECT e.Name, s.Name, h.Start_from FROM hiring AS h JOIN employee AS e ON h.Employee_ID = e.Employee_ID "
     "JOIN shop AS s ON h.Shop_ID = s.Shop_ID"),
    ("employee_hire_evaluation", "set",
     "Which employees never received a bonus?",
     "List the staff who have no evaluation bonus on record at all.",
     "SELECT Name FROM employee EXCEPT SELECT e.Name FROM employee AS e JOIN evaluation AS v ON e.Employee_ID = v.Employee_ID"),
    ("employee_hire_evaluation", "ratio",
     "What percent of hires are full time?",
     "Among all hiring records, what proportion - as a percentage - are full-time positions?",
     "SELECT 100.0 * sum(CASE WHEN Is_full_time = 'T' THEN 1 ELSE 0 END) / count(*) FROM hiring"),
    ("employee_hire_evaluation", "compare-to-aggregate",
     "Employees older than the avg employee age: name and age",
     "Which staff members are above the mean age of the workforce? Give their names and ages.",
     "SELECT Name, Age FROM employee WHERE Age > (SELECT avg(Age) FROM employee)"),

    # ---------------- museum_visit ----------------
    ("museum_visit", "count",
     "How many different visitors have actually been to a museum?",
     "Count the people who show up in at least one museum visit record.",
     "SELECT count(DISTINCT visitor_ID) FROM visit"),
    ("museum_visit", "list",
     "Show all museums with how many staff they have and the year they opened.",
     "Give me each museum's name, its staff headcount and its opening year.",
     "SELECT Name, Num_of_Staff, Open_Year FROM museum"),
    ("museum_visit", "filter-text",
     "Which museums have 'Plaza' in their name? Give name and opening year.",
     "Museums whose names contain the word Plaza, along with the year each one opened.",
     "SELECT Name, Open_Year FROM museum WHERE Name LIKE '%Plaza%'"),
    ("museum_visit", "filter-number",
     "visitors with membership level higher than 4: name, level, age",
     "Who holds a membership tier above 4? Show their name, tier and age.",
     "SELECT Name, Level_of_membership, Age FROM visitor WHERE Level_of_membership > 4"),
    ("museum_visit", "aggregate",
     "total tickets bought and total amount spent across all visits?",
     "Add up every ticket purchased and every dollar spent over all the museum visits.",
     "SELECT sum(Num_of_Ticket), sum(Total_spent) FROM visit"),
    ("museum_visit", "superlative",
     "Which visitor has spent the most money overall, and how much?",
     "Who is the biggest spender once all their museum visits are added together, and what's their total?",
     "SELECT v.Name, sum(t.Total_spent) FROM visitor AS v JOIN visit AS t ON v.ID = t.visitor_ID "
     "GROUP BY v.ID ORDER BY sum(t.Total_spent) DESC LIMIT 1"),
    ("museum_visit", "group",
     "How many museums opened in each year?",
     "Number of museum openings per year, please.",
     "SELECT Open_Year, count(*) FROM museum GROUP BY Open_Year"),
    ("museum_visit", "join",
     "List every visit: the visitor's name, the museum's name, and how many tickets they bought",
     "For each museum visit, who went, to which museum, and how many tickets were purchased?",
     "SELECT v.Name, m.Name, t.Num_of_Ticket FROM visit AS t JOIN visitor AS v ON t.visitor_ID = v.ID "
     "JOIN museum AS m ON t.Museum_ID = m.Museum_ID"),
    ("museum_visit", "set",
     "Which museums have had no visitors at all?",
     "Name the museums that nobody has ever visited.",
     "SELECT Name FROM museum EXCEPT SELECT m.Name FROM museum AS m JOIN visit AS t ON m.Museum_ID = t.Museum_ID"),
    ("museum_visit", "ratio",
     "Overall, what's the average spend per ticket (total money spent / total tickets, across all visits)?",
     "Taking every visit together, how much money was spent for each ticket sold?",
     "SELECT 1.0 * sum(Total_spent) / sum(Num_of_Ticket) FROM visit"),
    ("museum_visit", "compare-to-aggregate",
     "Museums with more staff than average -- name + staff count",
     "Which museums employ more people than the mean museum does? Include the staff numbers.",
     "SELECT Name, Num_of_Staff FROM museum WHERE Num_of_Staff > (SELECT avg(Num_of_Staff) FROM museum)"),

    # ---------------- orchestra ----------------
    ("orchestra", "count",
     "How many different record companies do the orchestras work with?",
     "Count the distinct record labels across all the orchestras.",
     "SELECT count(DISTINCT Record_Company) FROM orchestra"),
    ("orchestra", "list",
     "Show me every conductor's name, age and nationality",
     "List all the conductors along with how old they are and where they're from.",
     "SELECT Name, Age, Nationality FROM conductor"),
    ("orchestra", "filter-text",
     "Which orchestras are with Decca Records? Show the orchestra and the year it was founded.",
     "Orchestras signed to Decca: names and founding years.",
     "SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'"),
    ("orchestra", "filter-number",
     "conductors with more than 15 yrs of work - name and years",
     "Which conductors have been at it for over fifteen years? Give their names and years of work.",
     "SELECT Name, Year_of_Work FROM conductor WHERE Year_of_Work > 15"),
    ("orchestra", "aggregate",
     "What's the average official rating (in millions) of the performances, and the highest?",
     "Across all performances, give the mean and the maximum of the official ratings in millions.",
     "SELECT avg(\"Official_ratings_(millions)\"), max(\"Official_ratings_(millions)\") FROM performance"),
    ("orchestra", "superlative",
     "Which orchestra gave the highest-rated performance, and what was its rating?",
     "Name the orchestra behind the single performance with the top official rating (millions), along with that rating.",
     "SELECT o.Orchestra, p.\"Official_ratings_(millions)\" FROM performance AS p JOIN orchestra AS o "
     "ON p.Orchestra_ID = o.Orchestra_ID ORDER BY p.\"Official_ratings_(millions)\" DESC LIMIT 1"),
    ("orchestra", "group",
     "For each nationality, how many conductors are there and what's their average age?",
     "Group the conductors by nationality: count them and give each group's mean age.",
     "SELECT Nationality, count(*), avg(Age) FROM conductor GROUP BY Nationality"),
    ("orchestra", "join",
     "List each orchestra with its conductor's name and its record company",
     "Who conducts each orchestra, and which label does the orchestra record for?",
     "SELECT o.Orchestra, c.Name, o.Record_Company FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID"),
    ("orchestra", "set",
     "Which orchestras have no performances on record?",
     "Name any orchestra that has never given a recorded performance.",
     "SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)"),
    ("orchestra", "ratio",
     "What percentage of conductors are from the USA?",
     "Share of the conductors who are American, in percent?",
     "SELECT 100.0 * sum(CASE WHEN Nationality = 'USA' THEN 1 ELSE 0 END) / count(*) FROM conductor"),
    ("orchestra", "compare-to-aggregate",
     "performances with official ratings above the average -- type, date and rating",
     "Which performances drew an official rating higher than the mean across all performances? Show type, date and rating.",
     "SELECT Type, Date, \"Official_ratings_(millions)\" FROM performance WHERE \"Official_ratings_(millions)\" > "
     "(SELECT avg(\"Official_ratings_(millions)\") FROM performance)"),

    # ---------------- poker_player ----------------
    ("poker_player", "count",
     "How many of the poker players are Russian?",
     "Count the poker players whose nationality is Russia.",
     "SELECT count(*) FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'"),
    ("poker_player", "list",
     "List everyone's name, nationality and date of birth.",
     "Give me the names, nationalities and birth dates of all the people.",
     "SELECT Name, Nationality, Birth_Date FROM people"),
    ("poker_player", "filter-text",
     "who's from bulgaria? name and height",
     "Which person has Bulgarian nationality, and how tall are they?",
     "SELECT Name, Height FROM people WHERE Nationality = 'Bulgaria'"),
    ("poker_player", "filter-number",
     "People taller than 195 cm - names and heights",
     "Who stands over 195 centimetres? Give name and height.",
     "SELECT Name, Height FROM people WHERE Height > 195"),
    ("poker_player", "aggregate",
     "What are the average earnings of the poker players, and how many final tables have they made in total?",
     "Mean player earnings, plus the overall number of final tables reached.",
     "SELECT avg(Earnings), sum(Final_Table_Made) FROM poker_player"),
    ("poker_player", "superlative",
     "Which poker player earned the most money and how much was it?",
     "Top earner among the poker players - name and earnings.",
     "SELECT p.Name, pp.Earnings FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
     "ORDER BY pp.Earnings DESC LIMIT 1"),
    ("poker_player", "group",
     "how many people from each nationality",
     "Count of people per country of nationality.",
     "SELECT Nationality, count(*) FROM people GROUP BY Nationality"),
    ("poker_player", "join",
     "show each poker player's name w/ their best finish and money rank",
     "For every player, list their name, best finishing position and money ranking.",
     "SELECT p.Name, pp.Best_Finish, pp.Money_Rank FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID"),
    ("poker_player", "set",
     "Which people are not poker players?",
     "Name the people in the list who have no poker-player record.",
     "SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)"),
    ("poker_player", "ratio",
     "What % of total poker earnings went to Russian players?",
     "Of all the money won by the poker players, what percentage was won by players from Russia?",
     "SELECT 100.0 * sum(CASE WHEN p.Nationality = 'Russia' THEN pp.Earnings ELSE 0 END) / sum(pp.Earnings) "
     "FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID"),
    ("poker_player", "compare-to-aggregate",
     "Which players made more final tables than the average player? Give name and number of final tables.",
     "List the players whose final-table count beats the mean, along with that count.",
     "SELECT p.Name, pp.Final_Table_Made FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID "
     "WHERE pp.Final_Table_Made > (SELECT avg(Final_Table_Made) FROM poker_player)"),

    # ---------------- singer ----------------
    ("singer", "count",
     "how many songs peaked at no. 1?",
     "Count the songs whose highest chart position was number one.",
     "SELECT count(*) FROM song WHERE Highest_Position = 1"),
    ("singer", "list",
     "List all singers with their citizenship and net worth (millions).",
     "Show each singer's name, the country they're a citizen of, and their net worth in millions.",
     "SELECT Name, Citizenship, Net_Worth_Millions FROM singer"),
    ("singer", "filter-text",
     "Which singers are US citizens? Show their names and birth years.",
     "Give me the names and years of birth of singers holding United States citizenship.",
     "SELECT Name, Birth_Year FROM singer WHERE Citizenship = 'United States'"),
    ("singer", "filter-number",
     "songs that sold over 300,000 copies - title and sales",
     "Which tracks have sales figures above three hundred thousand? List title and sales.",
     "SELECT Title, Sales FROM song WHERE Sales > 300000"),
    ("singer", "aggregate",
     "What's the total net worth of all the singers combined, and the average?",
     "Sum and mean of the singers' net worth (in millions).",
     "SELECT sum(Net_Worth_Millions), avg(Net_Worth_Millions) FROM singer"),
    ("singer", "superlative",
     "Which singer has the highest total song sales, and what is that total?",
     "Who sold the most across all of their songs combined? Give the singer and the combined sales.",
     "SELECT s.Name, sum(g.Sales) FROM singer AS s JOIN song AS g ON s.Singer_ID = g.Singer_ID "
     "GROUP BY s.Singer_ID ORDER BY sum(g.Sales) DESC LIMIT 1"),
    ("singer", "group",
     "For each citizenship, the number of singers and their avg net worth",
     "Group the singers by country of citizenship: how many are in each, and what's their mean net worth?",
     "SELECT Citizenship, count(*), avg(Net_Worth_Millions) FROM singer GROUP BY Citizenship"),
    ("singer", "join",
     "Show every song title along with the singer's name and citizenship",
     "For each song, who sings it and what's that singer's citizenship?",
     "SELECT g.Title, s.Name, s.Citizenship FROM song AS g JOIN singer AS s ON g.Singer_ID = s.Singer_ID"),
    ("singer", "set",
     "Which singers don't have any songs?",
     "Name the singers with no songs in the database.",
     "SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)"),
    ("singer", "ratio",
     "What percentage of total song sales comes from singers with US citizenship?",
     "Of all song sales, what share in percent belongs to singers who are American citizens?",
     "SELECT 100.0 * sum(CASE WHEN s.Citizenship = 'United States' THEN g.Sales ELSE 0 END) / sum(g.Sales) "
     "FROM song AS g JOIN singer AS s ON g.Singer_ID = s.Singer_ID"),
    ("singer", "compare-to-aggregate",
     "songs selling more than the avg song - title and sales",
     "Which songs outsold the mean sales figure? Show their titles and sales.",
     "SELECT Title, Sales FROM song WHERE Sales > (SELECT avg(Sales) FROM song)"),

    # ---------------- tvshow ----------------
    ("tvshow", "count",
     "How many chanels broadcast in English?",
     "Count the TV channels whose language is English.",
     "SELECT count(*) FROM TV_Channel WHERE Language = 'English'"),
    ("tvshow", "list",
     "List all cartoons with who directed them and who wrote them.",
     "Give me every cartoon title together with its director and its writer.",
     "SELECT Title, Directed_by, Written_by FROM Cartoon"),
    ("tvshow", "filter-text",
     "Which cartoons did Ben Jones direct? Give title and original air date.",
     "Titles and first air dates of the cartoons directed by Ben Jones.",
     "SELECT Title, Original_air_date FROM Cartoon WHERE Directed_by = 'Ben Jones'"),
    ("tvshow", "filter-number",
     "episodes with a share of 7 or more - episode and share",
     "Which TV series episodes pulled at least a 7 share? List each episode with its share.",
     "SELECT Episode, Share FROM TV_series WHERE Share >= 7"),
    ("tvshow", "aggregate",
     "avg share and best (lowest) weekly rank across all the tv series episodes",
     "Across the episodes, what's the mean share, and what's the top weekly ranking achieved (the smallest number)?",
     "SELECT avg(Share), min(Weekly_Rank) FROM TV_series"),
    ("tvshow", "superlative",
     "Which episode had the most viewers, and how many millions watched it?",
     "Name the most-watched episode together with its viewer count in millions.",
     "SELECT Episode, Viewers_m FROM TV_series ORDER BY CAST(Viewers_m AS REAL) DESC LIMIT 1"),
    ("tvshow", "group",
     "How many cartoons has each director done?",
     "Cartoon count per director.",
     "SELECT Directed_by, count(*) FROM Cartoon GROUP BY Directed_by"),
    ("tvshow", "join",
     "For each cartoon, show the title, the name of the channel it aired on, and that channel's country",
     "Match every cartoon to the channel that aired it: cartoon title, channel name and channel country.",
     "SELECT c.Title, t.series_name, t.Country FROM Cartoon AS c JOIN TV_Channel AS t ON c.Channel = t.id"),
    ("tvshow", "set",
     "Which channels air TV series episodes but no cartoons?",
     "Name the channels that carry at least one TV series episode yet have no cartoons at all.",
     "SELECT t.series_name FROM TV_Channel AS t JOIN TV_series AS s ON s.Channel = t.id "
     "EXCEPT SELECT t.series_name FROM TV_Channel AS t JOIN Cartoon AS c ON c.Channel = t.id"),
    ("tvshow", "ratio",
     "What percentage of channels are HD?",
     "Out of all the TV channels, what percent offer high definition?",
     "SELECT 100.0 * sum(CASE WHEN Hight_definition_TV = 'yes' THEN 1 ELSE 0 END) / count(*) FROM TV_Channel"),
    ("tvshow", "compare-to-aggregate",
     "Episodes rated higher than the average rating -- episode and rating",
     "Which episodes beat the mean rating? Give each episode and its rating.",
     "SELECT Episode, Rating FROM TV_series WHERE CAST(Rating AS REAL) > (SELECT avg(CAST(Rating AS REAL)) FROM TV_series)"),

    # ---------------- world_1 ----------------
    ("world_1", "count",
     "how many countries have english as an official language?",
     "Count the nations where English holds official status.",
     "SELECT count(*) FROM countrylanguage WHERE Language = 'English' AND IsOfficial = 'T'"),
    ("world_1", "list",
     "Show every country with its local name and its head of state",
     "For all countries, give the name, the name used locally, and who the head of state is.",
     "SELECT Name, LocalName, HeadOfState FROM country"),
    ("world_1", "filter-text",
     "Which countries are in Southeast Asia? Name and population.",
     "List the Southeast Asian nations along with how many people live in each.",
     "SELECT Name, Population FROM country WHERE Region = 'Southeast Asia'"),
    ("world_1", "filter-number",
     "countries where life expectency is over 80 - name + life expectancy",
     "In which nations do people live past 80 on average? Show the country and its life expectancy.",
     "SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy > 80"),
    ("world_1", "aggregate",
     "What's Africa's total population and average life expectancy?",
     "For the African continent, add up the population and average the life expectancy across its countries.",
     "SELECT sum(Population), avg(LifeExpectancy) FROM country WHERE Continent = 'Africa'"),
    ("world_1", "superlative",
     "top 5 most populous countries in Asia w/ population",
     "Name the five Asian countries with the largest populations, and give each one's head count.",
     "SELECT Name, Population FROM country WHERE Continent = 'Asia' ORDER BY Population DESC LIMIT 5"),
    ("world_1", "group",
     "For each continent, how many countries and what total population?",
     "Per continent: number of countries and combined population.",
     "SELECT Continent, count(*), sum(Population) FROM country GROUP BY Continent"),
    ("world_1", "join",
     "List the Nordic countries with their capital city and the capital's population",
     "For each country in the Nordic region, what's the capital and how many people live there?",
     "SELECT c.Name, ci.Name, ci.Population FROM country AS c JOIN city AS ci ON c.Capital = ci.ID "
     "WHERE c.Region = 'Nordic Countries'"),
    ("world_1", "set",
     "Which languages are spoken in both Switzerland and Belgium?",
     "Name the languages Switzerland and Belgium have in common.",
     "SELECT l.Language FROM countrylanguage AS l JOIN country AS c ON l.CountryCode = c.Code WHERE c.Name = 'Switzerland' "
     "INTERSECT SELECT l.Language FROM countrylanguage AS l JOIN country AS c ON l.CountryCode = c.Code WHERE c.Name = 'Belgium'"),
    ("world_1", "ratio",
     "What percentage of the world's population lives in Asia?",
     "Asia's share of the total global population, as a percent?",
     "SELECT 100.0 * sum(CASE WHEN Continent = 'Asia' THEN Population ELSE 0 END) / sum(Population) FROM country"),
    ("world_1", "compare-to-aggregate",
     "European countries with a GNP above the European average - name and GNP",
     "Which countries in Europe have a gross national product higher than Europe's mean GNP? Include the GNP.",
     "SELECT Name, GNP FROM country WHERE Continent = 'Europe' AND GNP > (SELECT avg(GNP) FROM country WHERE Continent = 'Europe')"),
]


def db_path(db):
    return os.path.join(DB_ROOT, db, db + ".sqlite")


def main():
    errors = []
    seen = {}
    for it in ITEMS:
        if len(it) != 5:
            errors.append("malformed item: %r" % (it,))
            continue
        db, kind, q, p, sql = it
        if db not in DBS:
            errors.append("unknown db %s" % db)
        if kind not in KINDS:
            errors.append("unknown kind %s" % kind)
        seen.setdefault((db, kind), 0)
        seen[(db, kind)] += 1
        if not q.strip() or not p.strip():
            errors.append("empty question/paraphrase: %s/%s" % (db, kind))
        if q.strip().lower() == p.strip().lower():
            errors.append("paraphrase equals question: %s/%s" % (db, kind))
        if re.search(r"\bROUND\s*\(", sql, re.I):
            errors.append("ROUND in gold: %s/%s" % (db, kind))
        try:
            con = sqlite3.connect("file:%s?mode=ro" % db_path(db), uri=True)
            rows = con.execute(sql).fetchall()
        except Exception as e:
            errors.append("SQL error %s/%s: %s" % (db, kind, e))
            continue
        if not rows:
            errors.append("empty result: %s/%s" % (db, kind))
        elif all(v is None for r in rows for v in r):
            errors.append("all-NULL result: %s/%s" % (db, kind))
        # tie check for ORDER BY ... LIMIT n: ranking value is the last selected column
        m = re.search(r"\s+LIMIT\s+(\d+)\s*$", sql, re.I)
        if m and rows:
            n = int(m.group(1))
            full = con.execute(sql[:m.start()]).fetchall()
            if len(full) > n and full[n - 1][-1] == full[n][-1]:
                errors.append("tie at top-%d cut-off: %s/%s" % (n, db, kind))
        con.close()
    for db in DBS:
        for k in KINDS:
            c = seen.get((db, k), 0)
            if c != 1:
                errors.append("pair %s/%s has %d items" % (db, k, c))
    if len(ITEMS) != 110:
        errors.append("expected 110 items, got %d" % len(ITEMS))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    out = [{"question": q, "db_id": db, "query": sql, "paraphrase": p, "kind": kind}
           for db, kind, q, p, sql in ITEMS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
    print("wrote %d items to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
