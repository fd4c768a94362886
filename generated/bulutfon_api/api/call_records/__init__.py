# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""Contains endpoint functions for accessing the API"""
