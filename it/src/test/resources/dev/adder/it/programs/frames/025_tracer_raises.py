import sys

def bad_tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim':
        raise RuntimeError('from tracer')
    return bad_tracer

def victim():
    x = 1
    return x

sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print('caught', e)
print(sys.gettrace())

calls = []
def call_raiser(frame, event, arg):
    calls.append(event)
    raise KeyError('call')

def target():
    calls.append('body ran')

sys.settrace(call_raiser)
try:
    target()
except KeyError as e:
    print('KeyError', e)
print(calls, sys.gettrace())

def bad_profile(frame, event, arg):
    raise ValueError('prof')
sys.setprofile(bad_profile)
try:
    target()
except ValueError as e:
    print('ValueError', e)
print(sys.getprofile())
