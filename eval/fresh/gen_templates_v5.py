#!/usr/bin/env python3
"""Blind evaluation set v5 (question pairs + near misses) over Spider databases.

Stdlib only. Runs every gold query, checks the rules, and writes
templates_v5.json and templates_v5_nearmiss.json only if every check passes.
"""
import json
import os
import re
import sqlite3
import sys
from collections import Counter

DB_ROOT = "/work/shared/eval/spider/database"
OUT = os.path.dirname(os.path.abspath(__file__))

# Each item: db, kind, q/sql (question + gold), p/psql (paraphrase + gold with other values),
# nq/nsql (near miss: worded almost like q but means something different).
ITEMS = [
    # ---------------- battle_death ----------------
    dict(db="battle_death", kind="join_count_filter",
         q="How many ships were lost in battles where the Bulgarian commander was Kaloyan?",
         sql="SELECT count(*) FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.bulgarian_commander = 'Kaloyan'",
         p="count of ships lost in the battles Boril commanded on the Bulgarian side",
         psql="SELECT count(*) FROM ship AS s JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.bulgarian_commander = 'Boril'",
         nq="How many people were killed by ships lost in battles where the Bulgarian commander was Kaloyan?",
         nsql="SELECT sum(d.killed) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id JOIN battle AS b ON s.lost_in_battle = b.id WHERE b.bulgarian_commander = 'Kaloyan'"),
    dict(db="battle_death", kind="join_sum_filter",
         q="What is the total number of people killed by ships located in the English Channel?",
         sql="SELECT sum(d.killed) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id WHERE s.location = 'English Channel'",
         p="Sum up the deaths caused by ships whose location was the SW Approaches.",
         psql="SELECT sum(d.killed) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id WHERE s.location = 'SW Approaches'",
         nq="What is the total number of people injured by ships located in the English Channel?",
         nsql="SELECT sum(d.injured) FROM death AS d JOIN ship AS s ON d.caused_by_ship_id = s.id WHERE s.location = 'English Channel'"),
    dict(db="battle_death", kind="list_filter",
         q="Which battles had Henry I as the Latin commander? Show the battle names and dates.",
         sql="SELECT name, date FROM battle WHERE latin_commander = 'Henry I'",
         p="battles fought against Latin commander Baldwin I - name and date please",
         psql="SELECT name, date FROM battle WHERE latin_commander = 'Baldwin I'",
         nq="Which battles had Henry I as the Latin commander and ended in a Latin victory? Show the battle names and dates.",
         nsql="SELECT name, date FROM battle WHERE latin_commander = 'Henry I' AND result = 'Latin victory'"),

    # ---------------- concert_singer ----------------
    dict(db="concert_singer", kind="avg_filter",
         q="What is the average age of singers from France?",
         sql="SELECT avg(Age) FROM singer WHERE Country = 'France'",
         p="mean age of the singers whose country is the United States",
         psql="SELECT avg(Age) FROM singer WHERE Country = 'United States'",
         nq="What is the age of the oldest singer from France?",
         nsql="SELECT max(Age) FROM singer WHERE Country = 'France'"),
    dict(db="concert_singer", kind="join_list_filter",
         q="Which concerts were held at Somerset Park? Give the concert names and years.",
         sql="SELECT c.concert_Name, c.Year FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE s.Name = 'Somerset Park'",
         p="list the concerts (name, year) that took place in Glebe Park",
         psql="SELECT c.concert_Name, c.Year FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE s.Name = 'Glebe Park'",
         nq="How many concerts were held at Somerset Park?",
         nsql="SELECT count(*) FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE s.Name = 'Somerset Park'"),
    dict(db="concert_singer", kind="group_count_filter",
         q="For each stadium with a capacity above 5000, how many concerts were held there?",
         sql="SELECT s.Name, count(*) FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE s.Capacity > 5000 GROUP BY s.Stadium_ID",
         p="Number of concerts per stadium, only stadiums holding more than 3500 people.",
         psql="SELECT s.Name, count(*) FROM concert AS c JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE s.Capacity > 3500 GROUP BY s.Stadium_ID",
         nq="For each stadium with a capacity above 5000, how many singers performed there?",
         nsql="SELECT s.Name, count(*) FROM singer_in_concert AS sc JOIN concert AS c ON sc.concert_ID = c.concert_ID JOIN stadium AS s ON c.Stadium_ID = s.Stadium_ID WHERE s.Capacity > 5000 GROUP BY s.Stadium_ID"),

    dict(db="concert_singer", kind="topn_filter",
         q="Among stadiums with an average attendance above 600, which 2 have the largest capacity?",
         sql="SELECT Name, Capacity FROM stadium WHERE Average > 600 ORDER BY Capacity DESC LIMIT 2",
         p="2 biggest stadiums by capacity, looking only at those averaging more than 1000 spectators",
         psql="SELECT Name, Capacity FROM stadium WHERE Average > 1000 ORDER BY Capacity DESC LIMIT 2",
         nq="Among stadiums with an average attendance above 600, which 2 have the highest attendance record?",
         nsql="SELECT Name, Highest FROM stadium WHERE Average > 600 ORDER BY Highest DESC LIMIT 2"),

    # ---------------- cre_Doc_Template_Mgt ----------------
    dict(db="cre_Doc_Template_Mgt", kind="join_count_filter",
         q="How many documents use a template of type Book?",
         sql="SELECT count(*) FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'",
         p="number of documents built on Paper templates",
         psql="SELECT count(*) FROM Documents AS d JOIN Templates AS t ON d.Template_ID = t.Template_ID JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Paper'",
         nq="How many templates of type Book are there?",
         nsql="SELECT count(*) FROM Templates AS t JOIN Ref_Template_Types AS r ON t.Template_Type_Code = r.Template_Type_Code WHERE r.Template_Type_Description = 'Book'"),
    dict(db="cre_Doc_Template_Mgt", kind="date_filter",
         q="Which templates became effective after 2005? List their ids and version numbers.",
         sql="SELECT Template_ID, Version_Number FROM Templates WHERE Date_Effective_From >= '2006-01-01'",
         p="ids and version numbers of templates that took effect after 2008",
         psql="SELECT Template_ID, Version_Number FROM Templates WHERE Date_Effective_From >= '2009-01-01'",
         nq="Which templates stopped being effective after 2005? List their ids and version numbers.",
         nsql="SELECT Template_ID, Version_Number FROM Templates WHERE Date_Effective_To >= '2006-01-01'"),
    dict(db="cre_Doc_Template_Mgt", kind="join_list_filter",
         q="What are the paragraph texts of the document named 'Customer reviews'?",
         sql="SELECT p.Paragraph_Text FROM Paragraphs AS p JOIN Documents AS d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'",
         p="show me the paragraphs in 'A history of Arts'",
         psql="SELECT p.Paragraph_Text FROM Paragraphs AS p JOIN Documents AS d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'A history of Arts'",
         nq="How many paragraphs does the document named 'Customer reviews' have?",
         nsql="SELECT count(*) FROM Paragraphs AS p JOIN Documents AS d ON p.Document_ID = d.Document_ID WHERE d.Document_Name = 'Customer reviews'"),

    # ---------------- employee_hire_evaluation ----------------
    dict(db="employee_hire_evaluation", kind="count_filter",
         q="How many employees live in Bristol?",
         sql="SELECT count(*) FROM employee WHERE City = 'Bristol'",
         p="number of staff based in Wasps",
         psql="SELECT count(*) FROM employee WHERE City = 'Wasps'",
         nq="How many employees live in Bristol and are older than 25?",
         nsql="SELECT count(*) FROM employee WHERE City = 'Bristol' AND Age > 25"),
    dict(db="employee_hire_evaluation", kind="sum_year_filter",
         q="What is the total bonus awarded in 2016?",
         sql="SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2016'",
         p="how much bonus money was paid out in 2015 in total",
         psql="SELECT sum(Bonus) FROM evaluation WHERE Year_awarded = '2015'",
         nq="How many employees were awarded a bonus in 2016?",
         nsql="SELECT count(DISTINCT Employee_ID) FROM evaluation WHERE Year_awarded = '2016'"),
    dict(db="employee_hire_evaluation", kind="join_compare_number",
         q="Which employees started working at their shop after 2010? List their names and start years.",
         sql="SELECT e.Name, h.Start_from FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE CAST(h.Start_from AS INTEGER) > 2010",
         p="Names and start year of staff hired after 2008",
         psql="SELECT e.Name, h.Start_from FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE CAST(h.Start_from AS INTEGER) > 2008",
         nq="Which employees started working at their shop after 2010 as full-time staff? List their names and start years.",
         nsql="SELECT e.Name, h.Start_from FROM employee AS e JOIN hiring AS h ON e.Employee_ID = h.Employee_ID WHERE CAST(h.Start_from AS INTEGER) > 2010 AND h.Is_full_time = 'T'"),

    # ---------------- museum_visit ----------------
    dict(db="museum_visit", kind="count_compare_year",
         q="How many museums opened after 2009?",
         sql="SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009",
         p="number of museums that opened later than 2010",
         psql="SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2010",
         nq="How many museums opened after 2009 with more than 16 staff?",
         nsql="SELECT count(*) FROM museum WHERE CAST(Open_Year AS INTEGER) > 2009 AND Num_of_Staff > 16"),
    dict(db="museum_visit", kind="join_sum_filter",
         q="How much did the visitor Fernando Gago spend in total on museum visits?",
         sql="SELECT sum(v.Total_spent) FROM visit AS v JOIN visitor AS p ON v.visitor_ID = p.ID WHERE trim(p.Name) = 'Fernando Gago'",
         p="total amount spent by Arjen Robben across all his museum visits",
         psql="SELECT sum(v.Total_spent) FROM visit AS v JOIN visitor AS p ON v.visitor_ID = p.ID WHERE trim(p.Name) = 'Arjen Robben'",
         nq="How many tickets did the visitor Fernando Gago buy in total on museum visits?",
         nsql="SELECT sum(v.Num_of_Ticket) FROM visit AS v JOIN visitor AS p ON v.visitor_ID = p.ID WHERE trim(p.Name) = 'Fernando Gago'"),
    dict(db="museum_visit", kind="list_compare_number",
         q="List the names of visitors whose membership level is above 4.",
         sql="SELECT trim(Name) FROM visitor WHERE Level_of_membership > 4",
         p="who has a membership level higher than 1? names only",
         psql="SELECT trim(Name) FROM visitor WHERE Level_of_membership > 1",
         nq="List the names of visitors whose membership level is above 4 and who are younger than 30.",
         nsql="SELECT trim(Name) FROM visitor WHERE Level_of_membership > 4 AND Age < 30"),

    dict(db="museum_visit", kind="topn_year_filter",
         q="Of the museums that opened in 2010, which one has the most staff?",
         sql="SELECT Name, Num_of_Staff FROM museum WHERE Open_Year = '2010' ORDER BY Num_of_Staff DESC LIMIT 1",
         p="museum with the biggest staff among those opened in 2011",
         psql="SELECT Name, Num_of_Staff FROM museum WHERE Open_Year = '2011' ORDER BY Num_of_Staff DESC LIMIT 1",
         nq="Of the museums that opened in 2010, which one has the fewest staff?",
         nsql="SELECT Name, Num_of_Staff FROM museum WHERE Open_Year = '2010' ORDER BY Num_of_Staff ASC LIMIT 1"),

    # ---------------- orchestra ----------------
    dict(db="orchestra", kind="count_filter",
         q="How many conductors are from the USA?",
         sql="SELECT count(*) FROM conductor WHERE Nationality = 'USA'",
         p="number of conductors with UK nationality",
         psql="SELECT count(*) FROM conductor WHERE Nationality = 'UK'",
         nq="How many conductors from the USA are older than 45?",
         nsql="SELECT count(*) FROM conductor WHERE Nationality = 'USA' AND Age > 45"),
    dict(db="orchestra", kind="avg_compare_number",
         q="What is the average age of conductors who have worked more than 10 years?",
         sql="SELECT avg(Age) FROM conductor WHERE Year_of_Work > 10",
         p="conductors with over 15 years of work: what's their mean age?",
         psql="SELECT avg(Age) FROM conductor WHERE Year_of_Work > 15",
         nq="What is the age of the youngest conductor who has worked more than 10 years?",
         nsql="SELECT min(Age) FROM conductor WHERE Year_of_Work > 10"),
    dict(db="orchestra", kind="join_list_filter",
         q="Which orchestras record with Decca Records, and who conducts them?",
         sql="SELECT o.Orchestra, c.Name FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID WHERE o.Record_Company = 'Decca Records'",
         p="orchestras on the Philips label along with their conductor's name",
         psql="SELECT o.Orchestra, c.Name FROM orchestra AS o JOIN conductor AS c ON o.Conductor_ID = c.Conductor_ID WHERE o.Record_Company = 'Philips'",
         nq="Which orchestras record with Decca Records, and when were they founded?",
         nsql="SELECT Orchestra, Year_of_Founded FROM orchestra WHERE Record_Company = 'Decca Records'"),

    # ---------------- poker_player ----------------
    dict(db="poker_player", kind="join_sum_filter",
         q="What are the total earnings of poker players from Russia?",
         sql="SELECT sum(pp.Earnings) FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'",
         p="sum of winnings for Bulgarian poker players",
         psql="SELECT sum(pp.Earnings) FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Bulgaria'",
         nq="How many poker players are from Russia?",
         nsql="SELECT count(*) FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE p.Nationality = 'Russia'"),
    dict(db="poker_player", kind="join_list_compare_number",
         q="Which poker players have made more than 20 final tables? Give their names.",
         sql="SELECT p.Name FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE pp.Final_Table_Made > 20",
         p="names of players with over 15 final tables",
         psql="SELECT p.Name FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE pp.Final_Table_Made > 15",
         nq="Which poker players have made more than 20 final tables and have a best finish of 1? Give their names.",
         nsql="SELECT p.Name FROM poker_player AS pp JOIN people AS p ON pp.People_ID = p.People_ID WHERE pp.Final_Table_Made > 20 AND pp.Best_Finish = 1"),
    dict(db="poker_player", kind="year_filter_text_date",
         q="Which people were born in 1986? List their names and birth dates.",
         sql="SELECT Name, Birth_Date FROM people WHERE Birth_Date LIKE '%1986'",
         p="people with a 1987 birth year - name + date of birth",
         psql="SELECT Name, Birth_Date FROM people WHERE Birth_Date LIKE '%1987'",
         nq="How many people were born in 1986?",
         nsql="SELECT count(*) FROM people WHERE Birth_Date LIKE '%1986'"),

    # ---------------- singer ----------------
    dict(db="singer", kind="count_filter",
         q="How many singers have United States citizenship?",
         sql="SELECT count(*) FROM singer WHERE Citizenship = 'United States'",
         p="number of singers who are citizens of Germany",
         psql="SELECT count(*) FROM singer WHERE Citizenship = 'Germany'",
         nq="What is the combined net worth of singers with United States citizenship?",
         nsql="SELECT sum(Net_Worth_Millions) FROM singer WHERE Citizenship = 'United States'"),
    dict(db="singer", kind="join_sum_filter",
         q="What are the total sales of songs by singers from the United States?",
         sql="SELECT sum(so.Sales) FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID WHERE si.Citizenship = 'United States'",
         p="Sum of song sales for French singers",
         psql="SELECT sum(so.Sales) FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID WHERE si.Citizenship = 'France'",
         nq="How many songs were recorded by singers from the United States?",
         nsql="SELECT count(*) FROM song AS so JOIN singer AS si ON so.Singer_ID = si.Singer_ID WHERE si.Citizenship = 'United States'"),
    dict(db="singer", kind="list_compare_year",
         q="Which singers were born before 1945? Show their names and net worth in millions.",
         sql="SELECT Name, Net_Worth_Millions FROM singer WHERE Birth_Year < 1945",
         p="names and net worth of singers born earlier than 1950",
         psql="SELECT Name, Net_Worth_Millions FROM singer WHERE Birth_Year < 1950",
         nq="Which singers were born before 1945 and are worth more than 20 million? Show their names and net worth in millions.",
         nsql="SELECT Name, Net_Worth_Millions FROM singer WHERE Birth_Year < 1945 AND Net_Worth_Millions > 20"),

    # ---------------- tvshow ----------------
    dict(db="tvshow", kind="count_filter",
         q="How many TV channels broadcast in Italian?",
         sql="SELECT count(*) FROM TV_Channel WHERE Language = 'Italian'",
         p="number of channels whose language is English",
         psql="SELECT count(*) FROM TV_Channel WHERE Language = 'English'",
         nq="How many TV channels broadcast in Italian with a 16:9 picture format?",
         nsql="SELECT count(*) FROM TV_Channel WHERE Language = 'Italian' AND Pixel_aspect_ratio_PAR = '16:9'"),
    dict(db="tvshow", kind="join_list_filter",
         q="Which cartoons were shown on channels from the United Kingdom? Give their titles.",
         sql="SELECT ca.Title FROM Cartoon AS ca JOIN TV_Channel AS ch ON ca.Channel = ch.id WHERE ch.Country = 'United Kingdom'",
         p="cartoon titles shown on channels based in Italy",
         psql="SELECT ca.Title FROM Cartoon AS ca JOIN TV_Channel AS ch ON ca.Channel = ch.id WHERE ch.Country = 'Italy'",
         nq="Which cartoons were shown on channels from the United Kingdom? Give their directors.",
         nsql="SELECT DISTINCT ca.Directed_by FROM Cartoon AS ca JOIN TV_Channel AS ch ON ca.Channel = ch.id WHERE ch.Country = 'United Kingdom'"),
    dict(db="tvshow", kind="list_compare_number_text",
         q="Which TV series episodes had more than 6 million viewers? List the episode names.",
         sql="SELECT Episode FROM TV_series WHERE CAST(Viewers_m AS REAL) > 6",
         p="episodes watched by over 5.5 million viewers",
         psql="SELECT Episode FROM TV_series WHERE CAST(Viewers_m AS REAL) > 5.5",
         nq="Which TV series episodes had a rating above 5? List the episode names.",
         nsql="SELECT Episode FROM TV_series WHERE CAST(Rating AS REAL) > 5"),

    # ---------------- world_1 ----------------
    dict(db="world_1", kind="count_filter_compare",
         q="How many countries in Europe have a population over 10 million?",
         sql="SELECT count(*) FROM country WHERE Continent = 'Europe' AND Population > 10000000",
         p="number of African countries with more than 20 million people",
         psql="SELECT count(*) FROM country WHERE Continent = 'Africa' AND Population > 20000000",
         nq="How many countries in Europe have a population over 10 million and a life expectancy above 75?",
         nsql="SELECT count(*) FROM country WHERE Continent = 'Europe' AND Population > 10000000 AND LifeExpectancy > 75"),
    dict(db="world_1", kind="avg_filter",
         q="What is the average life expectancy of countries in South America?",
         sql="SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'South America'",
         p="mean life expectancy across Oceania",
         psql="SELECT avg(LifeExpectancy) FROM country WHERE Continent = 'Oceania'",
         nq="What is the total population of countries in South America?",
         nsql="SELECT sum(Population) FROM country WHERE Continent = 'South America'"),
    dict(db="world_1", kind="topn_join_filter",
         q="What are the 5 most populous cities in China?",
         sql="SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'China' ORDER BY ci.Population DESC LIMIT 5",
         p="top five Indian cities by population",
         psql="SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'India' ORDER BY ci.Population DESC LIMIT 5",
         nq="What are the 5 least populous cities in China?",
         nsql="SELECT ci.Name FROM city AS ci JOIN country AS co ON ci.CountryCode = co.Code WHERE co.Name = 'China' ORDER BY ci.Population ASC LIMIT 5"),
    dict(db="world_1", kind="group_count_filter",
         q="For each continent, how many countries have English as an official language?",
         sql="SELECT co.Continent, count(*) FROM country AS co JOIN countrylanguage AS cl ON co.Code = cl.CountryCode WHERE cl.Language = 'English' AND cl.IsOfficial = 'T' GROUP BY co.Continent",
         p="count of countries per continent where French is official",
         psql="SELECT co.Continent, count(*) FROM country AS co JOIN countrylanguage AS cl ON co.Code = cl.CountryCode WHERE cl.Language = 'French' AND cl.IsOfficial = 'T' GROUP BY co.Continent",
         nq="For each continent, how many countries have English spoken at all (official or not)?",
         nsql="SELECT co.Continent, count(*) FROM country AS co JOIN countrylanguage AS cl ON co.Code = cl.CountryCode WHERE cl.Language = 'English' GROUP BY co.Continent"),

    # ---------------- car_1 ----------------
    dict(db="car_1", kind="count_year_filter",
         q="How many cars were made in 1975?",
         sql="SELECT count(*) FROM cars_data WHERE Year = 1975",
         p="number of cars produced in 1980",
         psql="SELECT count(*) FROM cars_data WHERE Year = 1980",
         nq="How many cars with 4 cylinders were made in 1975?",
         nsql="SELECT count(*) FROM cars_data WHERE Year = 1975 AND Cylinders = 4"),
    dict(db="car_1", kind="avg_filter_text_number",
         q="What is the average horsepower of cars with 8 cylinders?",
         sql="SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 8 AND Horsepower != 'null'",
         p="6-cylinder cars: mean horsepower?",
         psql="SELECT avg(CAST(Horsepower AS REAL)) FROM cars_data WHERE Cylinders = 6 AND Horsepower != 'null'",
         nq="What is the average weight of cars with 8 cylinders?",
         nsql="SELECT avg(Weight) FROM cars_data WHERE Cylinders = 8"),
    dict(db="car_1", kind="join_count_filter",
         q="How many car makers are based in Germany?",
         sql="SELECT count(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'",
         p="count the car manufacturers from japan",
         psql="SELECT count(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'japan'",
         nq="How many car models are made by makers based in Germany?",
         nsql="SELECT count(*) FROM model_list AS ml JOIN car_makers AS m ON ml.Maker = m.Id JOIN countries AS c ON m.Country = c.CountryId WHERE c.CountryName = 'germany'"),
    dict(db="car_1", kind="topn_filter",
         q="Which 3 cars made in 1980 have the best fuel economy (MPG)? Give the make and MPG.",
         sql="SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE d.Year = 1980 AND d.MPG != 'null' ORDER BY CAST(d.MPG AS REAL) DESC LIMIT 3",
         p="top 3 most fuel-efficient cars of 1981, with make and mpg",
         psql="SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE d.Year = 1981 AND d.MPG != 'null' ORDER BY CAST(d.MPG AS REAL) DESC LIMIT 3",
         nq="Which 3 cars made in 1980 have the worst fuel economy (MPG)? Give the make and MPG.",
         nsql="SELECT n.Make, d.MPG FROM cars_data AS d JOIN car_names AS n ON d.Id = n.MakeId WHERE d.Year = 1980 AND d.MPG != 'null' ORDER BY CAST(d.MPG AS REAL) ASC LIMIT 3"),

    dict(db="car_1", kind="group_count_filter",
         q="For each country in Europe, how many car makers are based there?",
         sql="SELECT c.CountryName, count(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId JOIN continents AS k ON c.Continent = k.ContId WHERE k.Continent = 'europe' GROUP BY c.CountryName",
         p="number of car manufacturers per asian country",
         psql="SELECT c.CountryName, count(*) FROM car_makers AS m JOIN countries AS c ON m.Country = c.CountryId JOIN continents AS k ON c.Continent = k.ContId WHERE k.Continent = 'asia' GROUP BY c.CountryName",
         nq="For each country in Europe, how many car models are made by makers based there?",
         nsql="SELECT c.CountryName, count(*) FROM model_list AS ml JOIN car_makers AS m ON ml.Maker = m.Id JOIN countries AS c ON m.Country = c.CountryId JOIN continents AS k ON c.Continent = k.ContId WHERE k.Continent = 'europe' GROUP BY c.CountryName"),

    # ---------------- course_teach ----------------
    dict(db="course_teach", kind="list_compare_number_text",
         q="List the names of teachers older than 35.",
         sql="SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 35",
         p="which teachers are over 40? names",
         psql="SELECT Name FROM teacher WHERE CAST(Age AS INTEGER) > 40",
         nq="How many teachers are older than 35?",
         nsql="SELECT count(*) FROM teacher WHERE CAST(Age AS INTEGER) > 35"),
    dict(db="course_teach", kind="join_list_filter",
         q="Which teachers teach the Math course? Give their names and the grade.",
         sql="SELECT t.Name, ca.Grade FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math'",
         p="who teaches Bible, and for which grade?",
         psql="SELECT t.Name, ca.Grade FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Bible'",
         nq="Which teachers teach the Math course in grade 1? Give their names and hometowns.",
         nsql="SELECT t.Name, t.Hometown FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE c.Course = 'Math' AND ca.Grade = 1"),
    dict(db="course_teach", kind="join_count_filter",
         q="How many courses does the teacher Anne Walker teach?",
         sql="SELECT count(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Anne Walker'",
         p="number of courses taught by Lucy Wong",
         psql="SELECT count(*) FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID WHERE t.Name = 'Lucy Wong'",
         nq="Which courses does the teacher Anne Walker teach?",
         nsql="SELECT c.Course FROM course_arrange AS ca JOIN teacher AS t ON ca.Teacher_ID = t.Teacher_ID JOIN course AS c ON ca.Course_ID = c.Course_ID WHERE t.Name = 'Anne Walker'"),

    # ---------------- dog_kennels ----------------
    dict(db="dog_kennels", kind="avg_join_filter_text_number",
         q="What is the average age of Bulldogs in the kennel?",
         sql="SELECT avg(CAST(d.age AS REAL)) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'",
         p="mean age of the Husky dogs",
         psql="SELECT avg(CAST(d.age AS REAL)) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Husky'",
         nq="What is the average weight of Bulldogs in the kennel?",
         nsql="SELECT avg(CAST(d.weight AS REAL)) FROM Dogs AS d JOIN Breeds AS b ON d.breed_code = b.breed_code WHERE b.breed_name = 'Bulldog'"),
    dict(db="dog_kennels", kind="count_filter",
         q="How many professionals are veterinarians?",
         sql="SELECT count(*) FROM Professionals WHERE role_code = 'Veterenarian'",
         p="number of professionals whose role is employee",
         psql="SELECT count(*) FROM Professionals WHERE role_code = 'Employee'",
         nq="How many veterinarians have carried out treatments?",
         nsql="SELECT count(DISTINCT p.professional_id) FROM Professionals AS p JOIN Treatments AS t ON p.professional_id = t.professional_id WHERE p.role_code = 'Veterenarian'"),
    dict(db="dog_kennels", kind="sum_date_filter",
         q="What was the total cost of treatments given in March 2018?",
         sql="SELECT sum(cost_of_treatment) FROM Treatments WHERE date_of_treatment LIKE '2018-03%'",
         p="total spent on treatments during February 2018",
         psql="SELECT sum(cost_of_treatment) FROM Treatments WHERE date_of_treatment LIKE '2018-02%'",
         nq="How many treatments were given in March 2018?",
         nsql="SELECT count(*) FROM Treatments WHERE date_of_treatment LIKE '2018-03%'"),
    dict(db="dog_kennels", kind="join_list_filter",
         q="What are the names of dogs whose owners live in North Dakota?",
         sql="SELECT d.name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id WHERE o.state = 'NorthDakota'",
         p="dogs owned by people from New York - names",
         psql="SELECT d.name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id WHERE o.state = 'NewYork'",
         nq="What are the names of the owners from North Dakota who own dogs?",
         nsql="SELECT DISTINCT o.first_name, o.last_name FROM Dogs AS d JOIN Owners AS o ON d.owner_id = o.owner_id WHERE o.state = 'NorthDakota'"),

    # ---------------- flight_2 ----------------
    dict(db="flight_2", kind="join_count_filter_padded",
         q="How many flights depart from Albany?",
         sql="SELECT count(*) FROM flights AS f JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE trim(a.City) = 'Albany'",
         p="number of flights leaving Anchorage",
         psql="SELECT count(*) FROM flights AS f JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE trim(a.City) = 'Anchorage'",
         nq="How many different destination airports can you fly to from Albany?",
         nsql="SELECT count(DISTINCT trim(f.DestAirport)) FROM flights AS f JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE trim(a.City) = 'Albany'"),
    dict(db="flight_2", kind="group_count_filter",
         q="For each airline, how many flights leave from Athens?",
         sql="SELECT al.Airline, count(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE trim(a.City) = 'Athens' GROUP BY al.Airline",
         p="Altus departures broken down by airline",
         psql="SELECT al.Airline, count(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE trim(a.City) = 'Altus' GROUP BY al.Airline",
         nq="How many airlines have flights leaving from Athens?",
         nsql="SELECT count(DISTINCT f.Airline) FROM flights AS f JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE trim(a.City) = 'Athens'"),
    dict(db="flight_2", kind="join_count_two_filters",
         q="How many JetBlue Airways flights depart from Abilene?",
         sql="SELECT count(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE al.Airline = 'JetBlue Airways' AND trim(a.City) = 'Abilene'",
         p="number of United Airlines departures out of Alamogordo",
         psql="SELECT count(*) FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE al.Airline = 'United Airlines' AND trim(a.City) = 'Alamogordo'",
         nq="What are the flight numbers of JetBlue Airways flights departing from Abilene?",
         nsql="SELECT f.FlightNo FROM flights AS f JOIN airlines AS al ON f.Airline = al.uid JOIN airports AS a ON trim(f.SourceAirport) = a.AirportCode WHERE al.Airline = 'JetBlue Airways' AND trim(a.City) = 'Abilene'"),

    # ---------------- network_1 ----------------
    dict(db="network_1", kind="join_count_filter",
         q="How many friends does Andrew have?",
         sql="SELECT count(*) FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID WHERE h.name = 'Andrew'",
         p="Kris - number of friends?",
         psql="SELECT count(*) FROM Friend AS f JOIN Highschooler AS h ON f.student_id = h.ID WHERE h.name = 'Kris'",
         nq="How many students does Andrew like?",
         nsql="SELECT count(*) FROM Likes AS l JOIN Highschooler AS h ON l.student_id = h.ID WHERE h.name = 'Andrew'"),
    dict(db="network_1", kind="join_list_filter",
         q="Who are the friends of Andrew? List their names and grades.",
         sql="SELECT h2.name, h2.grade FROM Friend AS f JOIN Highschooler AS h1 ON f.student_id = h1.ID JOIN Highschooler AS h2 ON f.friend_id = h2.ID WHERE h1.name = 'Andrew'",
         p="names and grades of Alexis's friends",
         psql="SELECT h2.name, h2.grade FROM Friend AS f JOIN Highschooler AS h1 ON f.student_id = h1.ID JOIN Highschooler AS h2 ON f.friend_id = h2.ID WHERE h1.name = 'Alexis'",
         nq="Who are the friends of Andrew that are in grade 12? List their names and grades.",
         nsql="SELECT h2.name, h2.grade FROM Friend AS f JOIN Highschooler AS h1 ON f.student_id = h1.ID JOIN Highschooler AS h2 ON f.friend_id = h2.ID WHERE h1.name = 'Andrew' AND h2.grade = 12"),
    dict(db="network_1", kind="list_filter",
         q="Which high schoolers in grade 9 are liked by another student? Give their names.",
         sql="SELECT DISTINCT h.name FROM Likes AS l JOIN Highschooler AS h ON l.liked_id = h.ID WHERE h.grade = 9",
         p="grade 10 students that someone likes - names",
         psql="SELECT DISTINCT h.name FROM Likes AS l JOIN Highschooler AS h ON l.liked_id = h.ID WHERE h.grade = 10",
         nq="How many high schoolers in grade 9 are liked by another student?",
         nsql="SELECT count(DISTINCT h.ID) FROM Likes AS l JOIN Highschooler AS h ON l.liked_id = h.ID WHERE h.grade = 9"),

    # ---------------- pets_1 ----------------
    dict(db="pets_1", kind="count_compare_number",
         q="How many students are older than 20?",
         sql="SELECT count(*) FROM Student WHERE Age > 20",
         p="number of students over 22 years old",
         psql="SELECT count(*) FROM Student WHERE Age > 22",
         nq="How many female students are older than 20?",
         nsql="SELECT count(*) FROM Student WHERE Age > 20 AND Sex = 'F'"),
    dict(db="pets_1", kind="join_list_filter",
         q="Which students own a dog? Give their first and last names.",
         sql="SELECT DISTINCT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'",
         p="first + last name of every student who has a cat",
         psql="SELECT DISTINCT s.Fname, s.LName FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'cat'",
         nq="How many dogs do students own?",
         nsql="SELECT count(*) FROM Student AS s JOIN Has_Pet AS hp ON s.StuID = hp.StuID JOIN Pets AS p ON hp.PetID = p.PetID WHERE p.PetType = 'dog'"),
    dict(db="pets_1", kind="avg_filter",
         q="What is the average age of students living in BAL?",
         sql="SELECT avg(Age) FROM Student WHERE city_code = 'BAL'",
         p="mean age of students from city code PIT",
         psql="SELECT avg(Age) FROM Student WHERE city_code = 'PIT'",
         nq="What is the average age of male students living in BAL?",
         nsql="SELECT avg(Age) FROM Student WHERE city_code = 'BAL' AND Sex = 'M'"),

    # ---------------- real_estate_properties ----------------
    dict(db="real_estate_properties", kind="count_two_filters",
         q="How many apartments have more than 4 rooms?",
         sql="SELECT count(*) FROM Properties WHERE property_type_code = 'Apartment' AND room_count > 4",
         p="number of Other-type properties with over 2 rooms",
         psql="SELECT count(*) FROM Properties WHERE property_type_code = 'Other' AND room_count > 2",
         nq="What is the average room count of apartments with more than 4 rooms?",
         nsql="SELECT avg(room_count) FROM Properties WHERE property_type_code = 'Apartment' AND room_count > 4"),
    dict(db="real_estate_properties", kind="join_list_filter",
         q="Which properties have a Pool? List the property names.",
         sql="SELECT DISTINCT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'",
         p="names of properties equipped with AirCon",
         psql="SELECT DISTINCT p.property_name FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'AirCon'",
         nq="How many properties have a Pool?",
         nsql="SELECT count(DISTINCT p.property_id) FROM Properties AS p JOIN Other_Property_Features AS opf ON p.property_id = opf.property_id JOIN Other_Available_Features AS f ON opf.feature_id = f.feature_id WHERE f.feature_name = 'Pool'"),
    dict(db="real_estate_properties", kind="max_filter",
         q="What is the highest agreed selling price for a house?",
         sql="SELECT max(agreed_selling_price) FROM Properties WHERE property_type_code = 'House'",
         p="top agreed sale price among shops",
         psql="SELECT max(agreed_selling_price) FROM Properties WHERE property_type_code = 'Shop'",
         nq="What is the highest price requested by the vendor for a house?",
         nsql="SELECT max(vendor_requested_price) FROM Properties WHERE property_type_code = 'House'"),
    dict(db="real_estate_properties", kind="date_filter",
         q="Which properties were put on the market after 2010? Give their names and types.",
         sql="SELECT property_name, property_type_code FROM Properties WHERE date_on_market >= '2011-01-01'",
         p="names and types of properties that came on the market after 1999",
         psql="SELECT property_name, property_type_code FROM Properties WHERE date_on_market >= '2000-01-01'",
         nq="Which properties were sold after 2010? Give their names and types.",
         nsql="SELECT property_name, property_type_code FROM Properties WHERE date_sold >= '2011-01-01'"),

    # ---------------- student_transcripts_tracking ----------------
    dict(db="student_transcripts_tracking", kind="join_count_filter",
         q="How many Bachelor degree programs does the statistics department offer?",
         sql="SELECT count(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id WHERE d.department_name = 'statistics' AND dp.degree_summary_name = 'Bachelor'",
         p="number of Master programs in the dance department",
         psql="SELECT count(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id WHERE d.department_name = 'dance' AND dp.degree_summary_name = 'Master'",
         nq="How many Bachelor degree programs are offered across all departments?",
         nsql="SELECT count(*) FROM Degree_Programs AS dp JOIN Departments AS d ON dp.department_id = d.department_id WHERE dp.degree_summary_name = 'Bachelor'"),
    dict(db="student_transcripts_tracking", kind="date_filter",
         q="Which students first registered after 2010? Give their first and last names.",
         sql="SELECT first_name, last_name FROM Students WHERE date_first_registered >= '2011-01-01'",
         p="students registered for the first time after 2000 - first + last name",
         psql="SELECT first_name, last_name FROM Students WHERE date_first_registered >= '2001-01-01'",
         nq="How many students first registered after 2010?",
         nsql="SELECT count(*) FROM Students WHERE date_first_registered >= '2011-01-01'"),
    dict(db="student_transcripts_tracking", kind="join_count_filter",
         q="How many student enrolments are there in the summer 2010 semester?",
         sql="SELECT count(*) FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id WHERE s.semester_name = 'summer 2010'",
         p="count enrolments for fall 2018",
         psql="SELECT count(*) FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id WHERE s.semester_name = 'fall 2018'",
         nq="How many student enrolments are there in all the 2010 semesters?",
         nsql="SELECT count(*) FROM Student_Enrolment AS e JOIN Semesters AS s ON e.semester_id = s.semester_id WHERE s.semester_name LIKE '% 2010'"),

    # ---------------- voter_1 ----------------
    dict(db="voter_1", kind="count_filter_dirty_text",
         q="How many votes came from the state NY?",
         sql="SELECT count(*) FROM VOTES WHERE trim(state, ' ' || char(10) || char(13)) = 'NY'",
         p="number of votes cast from NJ",
         psql="SELECT count(*) FROM VOTES WHERE trim(state, ' ' || char(10) || char(13)) = 'NJ'",
         nq="How many votes came from the state NY for Kelly Clauss?",
         nsql="SELECT count(*) FROM VOTES WHERE contestant_number = (SELECT contestant_number FROM CONTESTANTS WHERE contestant_name = 'Kelly Clauss') AND trim(state, ' ' || char(10) || char(13)) = 'NY'"),
    dict(db="voter_1", kind="count_filter",
         q="How many area codes belong to Texas (TX)?",
         sql="SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'TX'",
         p="number of FL area codes",
         psql="SELECT count(*) FROM AREA_CODE_STATE WHERE state = 'FL'",
         nq="What is the smallest area code in Texas (TX)?",
         nsql="SELECT min(area_code) FROM AREA_CODE_STATE WHERE state = 'TX'"),
    dict(db="voter_1", kind="join_list_filter",
         q="Which contestants received votes from CA? Give their names.",
         sql="SELECT DISTINCT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE trim(v.state, ' ' || char(10) || char(13)) = 'CA'",
         p="names of contestants voted for from NY",
         psql="SELECT DISTINCT c.contestant_name FROM VOTES AS v JOIN CONTESTANTS AS c ON v.contestant_number = c.contestant_number WHERE trim(v.state, ' ' || char(10) || char(13)) = 'NY'",
         nq="Which contestants received no votes from CA? Give their names.",
         nsql="SELECT contestant_name FROM CONTESTANTS WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES WHERE trim(state, ' ' || char(10) || char(13)) = 'CA')"),
]

DBS = ["battle_death", "concert_singer", "cre_Doc_Template_Mgt", "employee_hire_evaluation",
       "museum_visit", "orchestra", "poker_player", "singer", "tvshow", "world_1",
       "car_1", "course_teach", "dog_kennels", "flight_2", "network_1", "pets_1",
       "real_estate_properties", "student_transcripts_tracking", "voter_1"]


def run(db, sql):
    con = sqlite3.connect("file:%s/%s/%s.sqlite?mode=ro" % (DB_ROOT, db, db), uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def norm(rows):
    return sorted(repr(r) for r in rows)


LIMIT_RE = re.compile(r"^SELECT\s+.+?\s+FROM\s+(?P<rest>.+?)\s+ORDER\s+BY\s+(?P<ord>.+?)(\s+(ASC|DESC))?\s+LIMIT\s+(?P<n>\d+)\s*$",
                      re.I | re.S)


def tie_problem(db, sql):
    """Return an error string if a LIMIT query has a tie at the cut, else None."""
    if not re.search(r"\bLIMIT\b", sql, re.I):
        return None
    m = LIMIT_RE.match(sql.strip())
    if not m:
        return "LIMIT query not in checkable form"
    n = int(m.group("n"))
    desc = (m.group(4) or "ASC").upper()
    probe = "SELECT %s FROM %s ORDER BY %s %s" % (m.group("ord"), m.group("rest"), m.group("ord"), desc)
    vals = [r[0] for r in run(db, probe)]
    if len(vals) > n and vals[n - 1] == vals[n]:
        return "tie at LIMIT %d cut: %r" % (n, vals[n - 1])
    return None


def main():
    errors = []
    for i, it in enumerate(ITEMS):
        tag = "#%d %s" % (i, it["db"])
        if it["db"] not in DBS:
            errors.append("%s: unknown db" % tag)
            continue
        res = {}
        for key in ("sql", "psql", "nsql"):
            try:
                rows = run(it["db"], it[key])
            except Exception as e:  # noqa
                errors.append("%s %s: SQL error %s" % (tag, key, e))
                continue
            if not rows or all(v is None for r in rows for v in r):
                errors.append("%s %s: empty/NULL result" % (tag, key))
            res[key] = rows
            tp = tie_problem(it["db"], it[key])
            if tp:
                errors.append("%s %s: %s" % (tag, key, tp))
        if "sql" in res and "psql" in res and norm(res["sql"]) == norm(res["psql"]):
            errors.append("%s: paraphrase result equals question result %r" % (tag, res["sql"][:3]))
        if "sql" in res and "nsql" in res and norm(res["sql"]) == norm(res["nsql"]):
            errors.append("%s: near-miss result equals question result %r (warning-level, still rejected)" % (tag, res["sql"][:3]))
        # paraphrase SQL must be the question SQL with only literal values changed
        lit = re.compile(r"'[^']*'|\b\d+(\.\d+)?\b")
        if lit.sub("?", it["sql"]) != lit.sub("?", it["psql"]):
            errors.append("%s: paraphrase_query differs in shape, not only values" % tag)
        if it["q"].strip().lower() == it["nq"].strip().lower():
            errors.append("%s: near-miss question identical to question" % tag)
    per_db = Counter(it["db"] for it in ITEMS)
    for d in DBS:
        if per_db[d] == 0:
            errors.append("no items for %s" % d)
    if len(ITEMS) < 56:
        errors.append("only %d items (< 56)" % len(ITEMS))
    if errors:
        print("FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    pairs = [dict(db_id=it["db"], question=it["q"], query=it["sql"],
                  paraphrase=it["p"], paraphrase_query=it["psql"]) for it in ITEMS]
    near = [dict(db_id=it["db"], near=i, question=it["nq"], query=it["nsql"])
            for i, it in enumerate(ITEMS)]
    with open(os.path.join(OUT, "templates_v5.json"), "w") as f:
        json.dump(pairs, f, indent=2, ensure_ascii=False)
    with open(os.path.join(OUT, "templates_v5_nearmiss.json"), "w") as f:
        json.dump(near, f, indent=2, ensure_ascii=False)
    print("OK: %d pairs, %d near misses" % (len(pairs), len(near)))
    for d in DBS:
        print("  %-30s %d" % (d, per_db[d]))
    kinds = Counter(it["kind"] for it in ITEMS)
    for k, c in sorted(kinds.items()):
        print("  kind %-32s %d" % (k, c))


if __name__ == "__main__":
    main()
