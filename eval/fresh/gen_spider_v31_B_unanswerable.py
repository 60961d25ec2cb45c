import json
OUT = "/tmp/blind31/spider_v31_B_unanswerable.json"
Q = [
 ("car_1", "What was the sticker price of the ford torino when it came out?"),
 ("car_1", "which car colors were most popular in 1975"),
 ("course_teach", "What's Lucy Wong's annual salary?"),
 ("dog_kennels", "Could you give me the microchip ID number for each dog?"),
 ("flight_2", "what time does United Airlines flight 28 depart?"),
 ("network_1", "Which high schoolers have a GPA above 3.5?"),
 ("pets_1", "What are the names of all the pets owned by students?"),
 ("real_estate_properties", "what's the square footage of the property called park"),
 ("student_transcripts_tracking", "What grade did each student get in the math course?"),
 ("student_transcripts_tracking", "How much is the tuition fee for the PHD programs?"),
 ("voter_1", "How old is contestant Kelly Clauss?"),
 ("voter_1", "Which TV channel or app was each vote submitted through?"),
]
assert len(Q) == 12 and len({d for d, _ in Q}) == 9
json.dump([{"question": q, "db_id": d, "query": ""} for d, q in Q], open(OUT, "w"), indent=1)
print("wrote", OUT, len(Q))
