"""outputs/brief"""
